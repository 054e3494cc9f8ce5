// Collapsing a node removes the neighbours that hang only on it (no other connection in the view), keeping the rest.
import type { ExplorerGraph } from './explorer-graph';

export function leavesOf(graph: ExplorerGraph, node: string): string[] {
  return graph.neighbors(node).filter((neighbour) => graph.neighbors(neighbour).every((other) => other === node));
}
