// A read-only window on the explorer for browser tests and debugging (window.__explorer): node positions in graph
// coordinates, the layout state, the selection, the camera and the captions drawn. It changes nothing.
import type { ExplorerCore } from './core/explorer-core';
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

export function exposeExplorerHook(core: ExplorerCore, view: GraphView): void {
  window.__explorer = Object.freeze({
    nodeIds: () => core.graph.data.nodes(),
    positions: () =>
      Object.fromEntries(core.graph.data.mapNodes((node, { x, y }) => [node, { x, y }] as const)) as Record<
        string,
        { x: number; y: number }
      >,
    viewportPosition: (node: string) => view.nodeViewportPosition(node),
    layoutState: () => core.layout.state.get().type,
    selected: () => selectedNodeId(core.selection.state.get()),
    camera: () => {
      const { x, y, ratio } = view.getCamera();
      return { x, y, ratio };
    },
    hubs: (count: number) =>
      core.graph.data
        .nodes()
        .sort((a, b) => core.graph.data.degree(b) - core.graph.data.degree(a) || (a < b ? -1 : 1))
        .slice(0, count),
    captions: () => view.drawnCaptions().map(({ node, x, y, width, height }) => ({ node, x, y, width, height })),
  });
}
