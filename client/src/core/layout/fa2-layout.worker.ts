// Web worker: runs ForceAtlas2 (graphology's, with Barnes-Hut on large graphs per its settings) in steps of about
// 100 ms until the layout converges, reaches its iteration limit or is told to stop. Between steps it yields, so a
// "stop" message gets through; after each step it posts the positions (live) or only its progress (large graphs,
// whose positions are posted once, at the end, so the page never redraws 50k nodes per step).
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Fa2LayoutMessage, Fa2LayoutRequest, Fa2LayoutStart } from './fa2-layout-messages';

const STEP_MS = 100;

let run: { start: Fa2LayoutStart; graph: Graph; iterations: number; perStep: number } | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

function post(message: Fa2LayoutMessage, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

function positions(graph: Graph): { xs: Float64Array; ys: Float64Array } {
  const xs = new Float64Array(graph.order);
  const ys = new Float64Array(graph.order);
  let index = 0;
  graph.forEachNode((_node, attributes) => {
    xs[index] = attributes.x as number;
    ys[index] = attributes.y as number;
    index += 1;
  });
  return { xs, ys };
}

function finish(reason: 'converged' | 'stopped' | 'limit'): void {
  clearTimeout(timer);
  if (!run) return;
  const { xs, ys } = positions(run.graph);
  post({ type: 'done', xs, ys, iterations: run.iterations, reason }, [xs.buffer, ys.buffer]);
  run = null;
}

/** Mean distance nodes moved, as a share of the drawing's extent. */
function movement(before: { xs: Float64Array; ys: Float64Array }, after: { xs: Float64Array; ys: Float64Array }) {
  let moved = 0;
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let index = 0; index < after.xs.length; index += 1) {
    const [x, y] = [after.xs[index]!, after.ys[index]!];
    moved += Math.hypot(x - before.xs[index]!, y - before.ys[index]!);
    [minX, maxX, minY, maxY] = [Math.min(minX, x), Math.max(maxX, x), Math.min(minY, y), Math.max(maxY, y)];
  }
  const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
  return moved / Math.max(1, after.xs.length) / extent;
}

function step(): void {
  if (!run) return;
  const current = run;
  const { start, graph } = current;
  const before = positions(graph);
  const iterations = Math.min(current.perStep, start.maxIterations - current.iterations);
  const started = performance.now();
  forceAtlas2.assign(graph, { iterations, settings: start.settings });
  const elapsed = performance.now() - started;
  current.iterations += iterations;
  // Aim the next step at about STEP_MS of work.
  current.perStep = Math.max(1, Math.round((iterations * STEP_MS) / Math.max(elapsed, 1)));
  const after = positions(graph);
  const moved = movement(before, after) / iterations;
  if (start.live) {
    post({ type: 'positions', xs: after.xs, ys: after.ys, iterations: current.iterations }, [
      after.xs.buffer,
      after.ys.buffer,
    ]);
  } else {
    post({ type: 'progress', iterations: current.iterations, movement: moved });
  }
  if (moved < start.convergence) finish('converged');
  else if (current.iterations >= start.maxIterations) finish('limit');
  else timer = setTimeout(step, 0);
}

self.onmessage = (event: MessageEvent<Fa2LayoutRequest>) => {
  const request = event.data;
  if (request.type === 'stop') {
    finish('stopped');
    return;
  }
  const graph = new Graph({ multi: true, type: 'directed', allowSelfLoops: true });
  for (let index = 0; index < request.xs.length; index += 1) {
    graph.addNode(index, { x: request.xs[index], y: request.ys[index], size: request.sizes[index] });
  }
  for (let index = 0; index + 1 < request.edges.length; index += 2) {
    graph.addDirectedEdge(request.edges[index]!, request.edges[index + 1]!);
  }
  run = { start: request, graph, iterations: 0, perStep: 1 };
  timer = setTimeout(step, 0);
};

post({ type: 'ready' });
