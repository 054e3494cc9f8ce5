// A read-only window on the explorer for browser tests and debugging (window.__explorer): node positions in graph
// coordinates, the layout state, the selection, the camera and the captions drawn. It changes nothing.
import type { Explorer } from './core/explorer/explorer';
import { selectedNodeId } from './core/selection/selection-state';
import type { GraphView } from './rendering/graph-view';

export interface ExplorerHook {
  nodeIds(): string[];
  positions(): Record<string, { x: number; y: number }>;
  viewportPosition(node: string): { x: number; y: number } | null;
  layoutState(): string;
  selected(): string | null;
  camera(): { x: number; y: number; ratio: number };
  /** The captions drawn in the last frame, in pixels from the graph's top-left corner, most important first. */
  /** The `count` nodes with the most relationships in the view, most first. */
  hubs(count: number): string[];
  captions(): { node: string; x: number; y: number; width: number; height: number }[];
}

declare global {
  interface Window {
    __explorer?: ExplorerHook;
  }
}

export function exposeExplorerHook(explorer: Explorer, view: GraphView): void {
  window.__explorer = Object.freeze({
    nodeIds: () => explorer.graph.nodes(),
    positions: () =>
      Object.fromEntries(explorer.graph.mapNodes((node, { x, y }) => [node, { x, y }] as const)) as Record<
        string,
        { x: number; y: number }
      >,
    viewportPosition: (node: string) => view.nodeViewportPosition(node),
    layoutState: () => explorer.layout.get().type,
    selected: () => selectedNodeId(explorer.selection.get()),
    camera: () => {
      const { x, y, ratio } = view.getCamera();
      return { x, y, ratio };
    },
    hubs: (count: number) =>
      explorer.graph
        .nodes()
        .sort((a, b) => explorer.graph.degree(b) - explorer.graph.degree(a) || (a < b ? -1 : 1))
        .slice(0, count),
    captions: () => view.drawnCaptions().map(({ node, x, y, width, height }) => ({ node, x, y, width, height })),
  });
}
