// The render bench's page: builds a random or laid-out graph and draws it with one of three renderers (the explorer's GraphView,
// bare Sigma v3 with its default settings, vis-network), timing the first render, camera moves and a selection. Each
// step is timed twice: until its JavaScript returns, and until the drawing is finished — a one-pixel read on every
// canvas, which waits for the GPU (software WebGL here) or the 2D canvas to finish drawing.
import Sigma from 'sigma';
import { DataSet, Network } from 'vis-network/standalone';
import type { ExplorerGraph } from '../../client/src/core/graph/explorer-graph';
import { GraphView } from '../../client/src/rendering/graph-view';
import { colorForLabels } from '../../client/src/rendering/node-style';
import { runLayoutProbe } from './layout-probe';
import { clusteredViewGraph, meanEdgeLengthShare } from './clustered-view-graph';
import { randomViewGraph } from './random-view-graph';
import type { LayoutFigures, PreparedGraph, RenderBenchApi, RenderRun, StepTiming } from './render-figures';

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

/** One renderer behind the bench's steps. */
interface BenchedView {
  /** Moves the camera and draws; resolves with the milliseconds of JavaScript it took. */
  moveCamera(state: { x: number; y: number; ratio: number }): Promise<number>;
  /** Null where the renderer has no selection of its own. */
  select: ((node: string) => Promise<number>) | null;
  /**
   * What a layout's end costs: every node moved in one graph update (as the explorer's ForceAtlas2 applies its
   * result), until the next frame is drawn; resolves with the milliseconds of JavaScript. Null for vis-network.
   */
  moveAllNodes: ((graph: ExplorerGraph) => Promise<number>) | null;
  finishDrawing(): void;
  destroy(): void;
}

type ViewFactory = (graph: ExplorerGraph) => Promise<{ view: BenchedView; jsMs: number; graphView?: GraphView }>;

function container(): HTMLElement {
  const element = document.getElementById('graph');
  if (!element) throw new Error('The bench page has no #graph element.');
  return element;
}

function readPixel(canvases: Iterable<HTMLCanvasElement>): void {
  const pixel = new Uint8Array(4);
  for (const canvas of canvases) {
    // A canvas keeps the kind of context it was made with; asking for another kind answers null.
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (gl) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    else canvas.getContext('2d')?.getImageData(0, 0, 1, 1);
  }
}

function timed(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

function sigmaSteps(sigma: Sigma, onDestroy: () => void): BenchedView {
  return {
    moveCamera: (state) =>
      Promise.resolve(
        timed(() => {
          sigma.getCamera().setState(state);
          // The frame a camera move schedules, drawn at once: render without reprocessing any node.
          sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
        }),
      ),
    select: null,
    moveAllNodes: async (graph) => {
      let renderStarted = 0;
      let renderMs = 0;
      const onBefore = () => (renderStarted = performance.now());
      sigma.on('beforeRender', onBefore);
      const drawn = new Promise<void>((resolve) =>
        sigma.once('afterRender', () => {
          renderMs = performance.now() - renderStarted;
          resolve();
        }),
      );
      const updateMs = timed(() =>
        graph.updateEachNodeAttributes(
          (_node, attributes) => {
            attributes.x = -attributes.x;
            return attributes;
          },
          { attributes: ['x'] },
        ),
      );
      await drawn;
      sigma.off('beforeRender', onBefore);
      return updateMs + renderMs;
    },
    finishDrawing: () => readPixel(Object.values(sigma.getCanvases())),
    destroy: onDestroy,
  };
}

const FACTORIES: Record<RenderRun['renderer'], ViewFactory> = {
  'graph-view': async (graph) => {
    let view: GraphView | undefined;
    const jsMs = timed(() => {
      view = new GraphView(container(), graph);
    });
    const made = view!;
    const steps = sigmaSteps(made.sigma as unknown as Sigma, () => made.destroy());
    return {
      jsMs,
      view: {
        ...steps,
        select: (node) => Promise.resolve(timed(() => made.setSelectedNode(node))),
      },
      graphView: made,
    };
  },
  sigma: async (graph) => {
    let sigma: Sigma | undefined;
    const jsMs = timed(() => {
      sigma = new Sigma(graph as never, container());
    });
    return { jsMs, view: sigmaSteps(sigma!, () => sigma!.kill()) };
  },
  'vis-network': (graph) => visNetworkView(graph),
};

/**
 * vis-network with the settings most favourable to it: positions given, so no physics and no initial layout, and
 * straight edges. It draws on the next animation frame; its JavaScript is the constructor plus the drawing itself.
 */
async function visNetworkView(graph: ExplorerGraph): Promise<{ view: BenchedView; jsMs: number }> {
  const nodes = new DataSet(
    graph.mapNodes((id, attributes) => ({
      id,
      label: attributes.label,
      x: attributes.x,
      y: attributes.y,
      size: attributes.size,
      color: colorForLabels(attributes.labels),
      shape: 'dot',
    })),
  );
  const edges = new DataSet(graph.mapEdges((id, _attributes, from, to) => ({ id, from, to, arrows: 'to' })));
  let network: Network | undefined;
  let drawStarted = 0;
  let drawMs = 0;
  const constructMs = timed(() => {
    network = new Network(
      container(),
      { nodes, edges },
      { physics: false, layout: { improvedLayout: false }, edges: { smooth: false } },
    );
    network.on('beforeDrawing', () => (drawStarted = performance.now()));
    network.on('afterDrawing', () => (drawMs = performance.now() - drawStarted));
    network.fit({ animation: false });
  });
  const made = network!;
  const drawn = () => new Promise<number>((resolve) => made.once('afterDrawing', () => resolve(drawMs)));
  const canvases = () => container().querySelectorAll('canvas');
  const firstDraw = await drawn();
  return {
    jsMs: constructMs + firstDraw,
    view: {
      moveCamera: async (state) => {
        const scale = 1 / state.ratio;
        const next = drawn();
        const moveMs = timed(() => made.moveTo({ position: { x: state.x, y: state.y }, scale, animation: false }));
        return moveMs + (await next);
      },
      select: null,
      moveAllNodes: null,
      finishDrawing: () => readPixel(canvases()),
      destroy: () => made.destroy(),
    },
  };
}

let graph: ExplorerGraph | null = null;
let run: RenderRun | null = null;
let view: BenchedView | null = null;
let graphView: GraphView | null = null;

async function timeStep(step: () => Promise<number>): Promise<StepTiming> {
  const started = performance.now();
  const jsMs = await step();
  view?.finishDrawing();
  return { jsMs, totalMs: performance.now() - started };
}

window.renderBench = {
  async prepare(options): Promise<PreparedGraph> {
    run = options;
    const factory = FACTORIES[options.renderer];
    // A small view first, so compiling shaders (or warming up the canvas) is not counted against the graph measured.
    const warmup = await factory(randomViewGraph(100, 1.5, options.seed + 1));
    warmup.view.finishDrawing();
    warmup.view.destroy();
    const started = performance.now();
    const build = options.positions === 'laid-out' ? clusteredViewGraph : randomViewGraph;
    graph = build(options.nodes, options.edgesPerNode, options.seed);
    const buildMs = performance.now() - started;
    return { nodes: graph.order, edges: graph.size, buildMs, edgeLengthShare: meanEdgeLengthShare(graph) };
  },

  async firstRender() {
    if (!graph || !run) throw new Error('prepare() was not called.');
    const factory = FACTORIES[run.renderer];
    const built = graph;
    // The bench may draw the graph more than once: each time from a fresh view.
    view?.destroy();
    view = null;
    return timeStep(async () => {
      const made = await factory(built);
      view = made.view;
      graphView = made.graphView ?? null;
      return made.jsMs;
    });
  },

  async move(index) {
    if (!view) throw new Error('firstRender() was not called.');
    const state = CAMERA_MOVES[index % CAMERA_MOVES.length] ?? { x: 0.5, y: 0.5, ratio: 1 };
    return timeStep(() => view!.moveCamera(state));
  },

  async moveAllNodes() {
    if (!graph || !view) return null;
    const built = graph;
    const moveAll = view.moveAllNodes;
    return moveAll ? timeStep(() => moveAll(built)) : null;
  },

  async select() {
    if (!graph || !view) return null;
    const built = graph;
    const hub = built.reduceNodes((best, node) => (!best || built.degree(node) > built.degree(best) ? node : best), '');
    const select = view.select;
    return select ? timeStep(() => select(hub)) : null;
  },

  async layout(durationMs): Promise<LayoutFigures | null> {
    if (!graphView || !graph) return null;
    return runLayoutProbe(graphView, durationMs);
  },

  destroy() {
    view?.destroy();
    view = null;
    graphView = null;
  },
};
document.body.dataset.ready = 'true';
