// The render bench's page: builds a random graph and draws it with the explorer's own GraphView, timing the first
// render, camera moves and a selection. Each step is timed twice: until its JavaScript returns, and until a one-pixel
// readPixels on every WebGL layer returns, which waits for the GPU (software WebGL here) to finish drawing.
import { GraphView } from '../../client/src/rendering/graph-view';
import { randomViewGraph } from './random-view-graph';
import type { RenderBenchApi, RenderFigures, RenderRun, StepTiming } from './render-figures';

declare global {
  interface Window {
    renderBench?: RenderBenchApi;
  }
}

/** Pans and zooms that stay zoomed out of the view's edge-label threshold, so every move is one plain frame. */
const CAMERA_MOVES = [
  { x: 0.3, y: 0.4, ratio: 1 },
  { x: 0.6, y: 0.5, ratio: 0.6 },
  { x: 0.5, y: 0.5, ratio: 1.4 },
  { x: 0.7, y: 0.3, ratio: 0.8 },
];

function container(): HTMLElement {
  const element = document.getElementById('graph');
  if (!element) throw new Error('The bench page has no #graph element.');
  return element;
}

function finishDrawing(view: GraphView): void {
  const pixel = new Uint8Array(4);
  for (const canvas of Object.values(view.sigma.getCanvases())) {
    // A canvas keeps the kind of context it was made with; asking for another kind answers null.
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
  }
}

/** Runs a step that draws into a view, timing its JavaScript and then the drawing it left to the GPU. */
function timeStep(step: () => GraphView): { timing: StepTiming; view: GraphView } {
  const started = performance.now();
  const view = step();
  const jsMs = performance.now() - started;
  finishDrawing(view);
  return { timing: { jsMs, totalMs: performance.now() - started }, view };
}

function heapMb(): number | null {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? memory.usedJSHeapSize / 1_048_576 : null;
}

async function run(options: RenderRun): Promise<RenderFigures> {
  // A small view first, so compiling the shaders is not counted against the first size measured.
  const warmup = new GraphView(container(), randomViewGraph(100, 1.5, options.seed + 1));
  finishDrawing(warmup);
  warmup.destroy();

  const built = performance.now();
  const graph = randomViewGraph(options.nodes, options.edgesPerNode, options.seed);
  const buildMs = performance.now() - built;

  const { timing: firstRender, view } = timeStep(() => new GraphView(container(), graph));
  const heap = heapMb();
  const frames: StepTiming[] = [];
  for (let move = 0; move < options.moves; move += 1) {
    const state = CAMERA_MOVES[move % CAMERA_MOVES.length] ?? { x: 0.5, y: 0.5, ratio: 1 };
    const moved = timeStep(() => {
      view.setCamera(state);
      // An empty partial refresh draws at once without reprocessing any node: the frame a camera move schedules.
      view.sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
      return view;
    });
    frames.push(moved.timing);
  }
  const hub = graph.nodes().reduce((best, node) => (graph.degree(node) > graph.degree(best) ? node : best));
  const select = timeStep(() => {
    view.setSelectedNode(hub);
    return view;
  }).timing;
  view.destroy();
  return { nodes: graph.order, edges: graph.size, buildMs, firstRender, frames, select, heapMb: heap };
}

window.renderBench = { run };
document.body.dataset.ready = 'true';
