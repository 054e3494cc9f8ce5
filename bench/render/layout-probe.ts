// Runs the explorer's ForceAtlas2 layout (client/src/core/layout) on the view's graph for a while and watches the main
// thread with a PerformanceObserver for long tasks (over 50 ms): a layout in its worker must leave the page usable.
// Tasks after the layout is stopped (applying its result to a large graph) are counted apart.
import type { ExplorerGraph } from '../../client/src/core/graph/explorer-graph';
import { layoutById } from '../../client/src/core/layout/layout-registry';
import type { GraphView } from '../../client/src/rendering/graph-view';
import type { LayoutFigures } from './render-figures';

const DONE_TIMEOUT_MS = 120_000;

export async function runLayoutProbe(view: GraphView, durationMs: number): Promise<LayoutFigures> {
  const layout = layoutById('forceatlas2');
  if (!layout || layout.kind !== 'continuous') throw new Error('The layout registry has no continuous ForceAtlas2.');
  type Phase = 'running' | 'stopping';
  let phase = 'running' as Phase;
  const tasks: Record<Phase, number[]> = { running: [], stopping: [] };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks[phase].push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  let frames = 0;
  const countFrame = () => (frames += 1);
  view.sigma.on('afterRender', countFrame);
  const started = performance.now();
  let done: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (done = resolve));
  let stoppedByItself = false;
  const running = layout.start(view.graph as ExplorerGraph, () => {
    stoppedByItself = phase === 'running';
    done();
  });
  await Promise.race([finished, new Promise((resolve) => setTimeout(resolve, durationMs))]);
  const ranMs = performance.now() - started;
  // Long tasks are reported after they end: let the observer deliver those of the running phase first.
  await new Promise((resolve) => setTimeout(resolve, 100));
  phase = 'stopping';
  const stopped = performance.now();
  running.stop();
  await Promise.race([finished, new Promise((resolve) => setTimeout(resolve, DONE_TIMEOUT_MS))]);
  // The result is drawn on the next frame.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
  observer.disconnect();
  view.sigma.off('afterRender', countFrame);
  const longest = (durations: number[]) => durations.reduce((max, duration) => Math.max(max, duration), 0);
  return {
    durationMs: ranMs,
    convergedByItself: stoppedByItself,
    longTasks: tasks.running.length,
    longestTaskMs: longest(tasks.running),
    frames,
    stopMs: performance.now() - stopped,
    longestStopTaskMs: longest(tasks.stopping),
  };
}
