// Runs the explorer's ForceAtlas2 layout (client/src/core/layout) on the view's graph for a while and watches the main
// thread with a PerformanceObserver for long tasks (over 50 ms): a layout in its worker must leave the page usable.
import type { ExplorerGraph } from '../../client/src/core/graph/explorer-graph';
import { layoutById } from '../../client/src/core/layout/layout-registry';
import type { GraphView } from '../../client/src/rendering/graph-view';
import type { LayoutFigures } from './render-figures';

export async function runLayoutProbe(view: GraphView, durationMs: number): Promise<LayoutFigures> {
  const layout = layoutById('forceatlas2');
  if (!layout || layout.kind !== 'continuous') throw new Error('The layout registry has no continuous ForceAtlas2.');
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  let frames = 0;
  const countFrame = () => (frames += 1);
  view.sigma.on('afterRender', countFrame);
  const started = performance.now();
  let stoppedByItself = false;
  const running = layout.start(view.graph as ExplorerGraph, () => (stoppedByItself = true));
  await new Promise<void>((resolve) => {
    const poll = () =>
      stoppedByItself || performance.now() - started >= durationMs ? resolve() : setTimeout(poll, 50);
    poll();
  });
  running.stop();
  // Long tasks are reported after they end: give the observer a turn to deliver the last ones.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  view.sigma.off('afterRender', countFrame);
  return {
    durationMs: performance.now() - started,
    longTasks: tasks.length,
    longestTaskMs: tasks.reduce((max, duration) => Math.max(max, duration), 0),
    frames,
  };
}
