// Starts the continuous ForceAtlas2 worker on the explorer's graph and applies what it posts: every step on small
// graphs (the drawing moves), only the end result on large ones (the main thread stays free while the worker runs).
// It stops by itself when the layout converges; a change to the graph meanwhile (nodes added or removed) makes the
// result stale, so it is then dropped instead of applied.
import type { ExplorerGraph } from '../graph/explorer-graph';
import type { Fa2LayoutMessage, Fa2LayoutStart } from './fa2-layout-messages';
import type { RunningLayout } from './layout-registry';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

/** Up to this many nodes the layout is drawn as it moves. */
export const LIVE_LAYOUT_UP_TO = 5_000;

export interface Fa2LayoutOptions {
  settings: ForceAtlas2Settings;
  /** Called once the worker is done (converged, at its limit or stopped) and its result is applied. */
  onDone(reason: 'converged' | 'stopped' | 'limit'): void;
  maxIterations?: number;
  convergence?: number;
}

export function startFa2Layout(graph: ExplorerGraph, options: Fa2LayoutOptions): RunningLayout {
  const keys = graph.nodes();
  const index = new Map(keys.map((key, position) => [key, position]));
  const xs = new Float64Array(keys.length);
  const ys = new Float64Array(keys.length);
  const sizes = new Float64Array(keys.length);
  keys.forEach((key, position) => {
    const attributes = graph.getNodeAttributes(key);
    xs[position] = attributes.x;
    ys[position] = attributes.y;
    sizes[position] = attributes.size;
  });
  const edges = new Uint32Array(graph.size * 2);
  let cursor = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    edges[cursor++] = index.get(source)!;
    edges[cursor++] = index.get(target)!;
  });
  const start: Fa2LayoutStart = {
    type: 'start',
    xs,
    ys,
    sizes,
    edges,
    settings: options.settings,
    live: keys.length <= LIVE_LAYOUT_UP_TO,
    maxIterations: options.maxIterations ?? (keys.length < 2_000 ? 3_000 : 1_000),
    convergence: options.convergence ?? 0.0005,
  };

  let stale = false;
  const markStale = () => (stale = true);
  const events = ['nodeAdded', 'nodeDropped', 'cleared'] as const;
  for (const event of events) graph.on(event, markStale);

  const worker = new Worker(new URL('./fa2-layout.worker.ts', import.meta.url), { type: 'module' });
  let finished = false;
  const finish = (reason: 'converged' | 'stopped' | 'limit') => {
    if (finished) return;
    finished = true;
    for (const event of events) graph.off(event, markStale);
    worker.terminate();
    options.onDone(reason);
  };
  const apply = (nextXs: Float64Array, nextYs: Float64Array) => {
    if (stale) return;
    // One update event for the whole graph; the attributes objects are rewritten in place.
    graph.updateEachNodeAttributes(
      (key, attributes) => {
        const position = index.get(key);
        if (position !== undefined) {
          attributes.x = nextXs[position]!;
          attributes.y = nextYs[position]!;
        }
        return attributes;
      },
      { attributes: ['x', 'y'] },
    );
  };
  worker.onmessage = (event: MessageEvent<Fa2LayoutMessage>) => {
    const message = event.data;
    if (message.type === 'ready') worker.postMessage(start, [xs.buffer, ys.buffer, sizes.buffer, edges.buffer]);
    else if (message.type === 'positions') apply(message.xs, message.ys);
    else if (message.type === 'done') {
      apply(message.xs, message.ys);
      finish(message.reason);
    }
  };
  worker.onerror = () => finish('stopped');

  return {
    stop: () => {
      if (finished) return;
      // Small graphs already show the latest positions; large ones get the result computed so far, then stop.
      if (start.live) finish('stopped');
      else worker.postMessage({ type: 'stop' });
    },
  };
}
