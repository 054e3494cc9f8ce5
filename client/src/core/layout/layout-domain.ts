// The layout domain: what the layout machinery is doing (state); starting and stopping a chosen layout, and
// settling the graph after a change with a fixed number of ForceAtlas2 iterations in a worker (actions).
import type { AppearanceDomain } from '../appearance/appearance-domain';
import type { ExplorerGraph } from '../graph/explorer-graph';
import { atom } from '../state/atom';
import { layoutById, type LayoutId, type RunningLayout } from './layout-registry';
import type { LayoutState } from './layout-state';
import { iterationsFor, runFa2Iterations } from './run-fa2-iterations';

/** Iterations after an expansion: only the new nodes move, so fewer are needed. */
const EXPANSION_ITERATIONS = 120;

export class LayoutDomain {
  readonly state = atom<LayoutState>({ type: 'idle' });
  private running: RunningLayout | null = null;

  constructor(
    private readonly graph: ExplorerGraph,
    private readonly appearance: AppearanceDomain,
  ) {}

  start(id: LayoutId): void {
    const layout = layoutById(id);
    if (!layout) return;
    this.stop();
    if (layout.kind === 'once') {
      layout.run(this.graph);
      return;
    }
    this.state.set({ type: 'running', layout: id });
    this.running = layout.start(this.graph, () => {
      this.running = null;
      this.state.set({ type: 'idle' });
    });
  }

  stop(): void {
    this.running?.stop();
    this.running = null;
    if (this.state.get().type === 'running') this.state.set({ type: 'idle' });
  }

  /**
   * Runs ForceAtlas2 in a worker; after an expansion the `fixed` nodes keep their place. A fresh picture separates
   * its clusters and, given the view's size, is fitted to it.
   */
  async settle(
    reason: 'initial' | 'expansion',
    fixed?: ReadonlySet<string>,
    viewport?: { width: number; height: number },
  ): Promise<void> {
    this.appearance.applySizing();
    this.state.set({ type: 'settling', reason });
    try {
      const iterations = reason === 'initial' ? iterationsFor(this.graph.order) : EXPANSION_ITERATIONS;
      await runFa2Iterations(this.graph, {
        iterations,
        fixed,
        separateClusters: reason === 'initial',
        fit: viewport && { width: viewport.width - 160, height: viewport.height - 120, margin: 6 },
      });
    } finally {
      this.state.set({ type: 'idle' });
    }
  }
}
