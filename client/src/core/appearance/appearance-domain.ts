// The appearance domain: how nodes are sized (state) and keeping every node's size in step with it (actions).
import { batchInMicrotask } from '../../shared/batch-in-microtask';
import type { ExplorerGraph } from '../graph/explorer-graph';
import { atom } from '../state/atom';
import { applyNodeSizing, DEFAULT_SIZING, type NodeSizing } from './node-sizing';

export class AppearanceDomain {
  readonly sizing = atom<NodeSizing>(DEFAULT_SIZING);

  constructor(private readonly graph: ExplorerGraph) {
    // Sizes by degree change as nodes and edges come and go; once per task is enough.
    const resize = batchInMicrotask(() => this.applySizing());
    for (const event of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared'] as const) {
      graph.on(event, resize);
    }
    this.sizing.subscribe(() => this.applySizing());
  }

  setSizing(sizing: NodeSizing): void {
    this.sizing.set(sizing);
  }

  /** Writes every node's size now (before a layout, which spaces nodes by size). */
  applySizing(): void {
    applyNodeSizing(this.graph, this.sizing.get());
  }
}
