// A read-only window on the explorer for browser tests and debugging (window.__explorer): node positions in graph
// coordinates, the layout state, the selection and the camera. It changes nothing.
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
  });
}
