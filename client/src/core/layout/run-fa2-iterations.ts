// Runs ForceAtlas2 for a fixed number of iterations in a web worker and applies the result to the chosen nodes.
// Deterministic for a given graph, so a reloaded link finds the nodes where the shared camera expects them.
import type { ExplorerGraph } from '../graph/explorer-graph';
import type { Fa2Fit, Fa2Ready, Fa2Request, Fa2Response } from './fa2-iterations-messages';
import { forceAtlas2Settings } from './layout-registry';

export interface Fa2IterationsOptions {
  iterations: number;
  /** Nodes that keep their place (everything else moves). */
  fixed?: ReadonlySet<string>;
  /** LinLog mode: clusters drawn apart, for a fresh picture (not when adding to one the user already reads). */
  separateClusters?: boolean;
  /** Fit the result to the view's size and push overlapping nodes apart (a fresh picture only). */
  fit?: Fa2Fit;
}

export async function runFa2Iterations(graph: ExplorerGraph, options: Fa2IterationsOptions): Promise<void> {
  if (graph.order === 0) return;
  const fixed = options.fixed ?? new Set<string>();
  const request: Fa2Request = {
    nodes: graph.mapNodes((key, attributes) => ({
      key,
      x: attributes.x,
      y: attributes.y,
      size: attributes.size,
      fixed: fixed.has(key),
    })),
    edges: graph.mapEdges((_edge, _attributes, source, target) => [source, target] as [string, string]),
    iterations: options.iterations,
    settings: forceAtlas2Settings(graph, { separateClusters: options.separateClusters ?? false }),
    fit: options.fit,
  };
  const worker = new Worker(new URL('./fa2-iterations.worker.ts', import.meta.url), { type: 'module' });
  try {
    const { positions } = await new Promise<Fa2Response>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<Fa2Ready | Fa2Response>) => {
        if (event.data.type === 'ready') worker.postMessage(request);
        else resolve(event.data);
      };
      worker.onerror = (event) => reject(new Error(`The layout worker failed: ${event.message || 'it did not load'}`));
    });
    // One update for the whole graph, hinted as a move: a view redraws it in one pass (not one event per node).
    graph.updateEachNodeAttributes(
      (key, attributes) => {
        const position = positions[key];
        if (position && !fixed.has(key)) {
          attributes.x = position.x;
          attributes.y = position.y;
        }
        return attributes;
      },
      { attributes: ['x', 'y'] },
    );
  } finally {
    worker.terminate();
  }
}

/** More iterations for small graphs (cheap), fewer for large ones. */
export function iterationsFor(order: number): number {
  if (order < 200) return 300;
  if (order < 2_000) return 150;
  return 60;
}
