// Collapsing a node removes the neighbours that hang only on it (no other connection in the view), keeping the rest.
// graphology lists a node with a self-loop among its own neighbours: the node itself is never a leaf, and a
// neighbour's loop to itself does not tie it to anything else.
import type { ExplorerGraph } from './explorer-graph';

export function leavesOf(graph: ExplorerGraph, node: string): string[] {
  return graph
    .neighbors(node)
    .filter(
      (neighbour) =>
        neighbour !== node && graph.neighbors(neighbour).every((other) => other === node || other === neighbour),
    );
}
