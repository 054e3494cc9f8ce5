// The layouts a user can run, from graphology. Continuous ones run in a web worker until they converge or are
// stopped; one-shot ones are cheap enough to run at once. Adding a layout means adding an entry here.
import circular from 'graphology-layout/circular';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import NoverlapLayout from 'graphology-layout-noverlap/worker';
import type { ExplorerGraph } from '../graph/explorer-graph';
import { startFa2Layout } from './run-fa2-layout';

/** Above this many nodes ForceAtlas2 uses the Barnes-Hut approximation (n log n instead of n²). */
export const BARNES_HUT_FROM = 300;

export interface RunningLayout {
  stop(): void;
}

export type LayoutDefinition =
  | {
      id: LayoutId;
      label: string;
      kind: 'continuous';
      /** Starts the worker; onDone is called if the layout stops by itself. */
      start(graph: ExplorerGraph, onDone: () => void): RunningLayout;
    }
  | { id: LayoutId; label: string; kind: 'once'; run(graph: ExplorerGraph): void };

export type LayoutId = 'forceatlas2' | 'noverlap' | 'circular';

/**
 * ForceAtlas2's settings for a graph. Hubs (articles, much-discussed events) are pushed apart so captions have room
 * (degree-weighted attraction); gravity keeps islands near. `separateClusters` adds LinLog mode, which draws
 * communities (a claimant with its claims and subjects) as separate groups.
 */
export function forceAtlas2Settings(graph: ExplorerGraph, { separateClusters = false } = {}) {
  return {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > BARNES_HUT_FROM,
    scalingRatio: separateClusters ? 2 : 12,
    gravity: separateClusters ? 0.5 : 1,
    outboundAttractionDistribution: true,
    linLogMode: separateClusters,
  };
}

export const LAYOUTS: readonly LayoutDefinition[] = [
  {
    id: 'forceatlas2',
    label: 'ForceAtlas2',
    kind: 'continuous',
    start(graph, onDone) {
      return startFa2Layout(graph, { settings: forceAtlas2Settings(graph), onDone });
    },
  },
  {
    id: 'noverlap',
    label: 'No overlap',
    kind: 'continuous',
    start(graph, onDone) {
      const layout = new NoverlapLayout(graph, {
        settings: { margin: 4, ratio: 1.2 },
        onConverged: () => {
          layout.kill();
          onDone();
        },
      });
      layout.start();
      return { stop: () => layout.kill() };
    },
  },
  {
    id: 'circular',
    label: 'Circular',
    kind: 'once',
    run(graph) {
      circular.assign(graph, { scale: Math.max(100, graph.order * 4) });
    },
  },
];

export function layoutById(id: string): LayoutDefinition | undefined {
  return LAYOUTS.find((layout) => layout.id === id);
}
