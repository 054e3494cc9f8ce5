// What the render bench asks of its page and what the page answers, shared by both sides.
import type { GlBackEnd } from './gl-back-ends';

/** The renderers drawn side by side: the explorer's view, bare Sigma with its defaults, and vis-network (neovis). */
export const RENDERERS = ['graph-view', 'sigma', 'vis-network'] as const;
export type RendererName = (typeof RENDERERS)[number];

export const RENDERER_TITLES: Record<RendererName, string> = {
  'graph-view': 'GraphView (ours)',
  sigma: 'Sigma v3, defaults',
  'vis-network': 'vis-network',
};

/**
 * The graphs drawn: `random` (random-view-graph.ts: every edge between random nodes at random positions, so nearly
 * every edge crosses the picture) and `laid-out` (clustered-view-graph.ts: clusters in discs of their own, nine edges
 * in ten inside a cluster, as a view looks after a layout).
 */
export const RENDER_POSITIONS = ['random', 'laid-out'] as const;
export type RenderPositions = (typeof RENDER_POSITIONS)[number];

export interface RenderRun {
  renderer: RendererName;
  positions: RenderPositions;
  nodes: number;
  edgesPerNode: number;
  seed: number;
}

/** One timed step: the JavaScript part (what a real GPU would leave) and the whole, drawing included. */
export interface StepTiming {
  jsMs: number;
  totalMs: number;
}

export interface PreparedGraph {
  nodes: number;
  edges: number;
  /** Filling the graphology graph (the caller's work, before the view exists). */
  buildMs: number;
  /** Mean edge length ÷ the side of the graph's bounding square (what rasterising an edge costs, in proportion). */
  edgeLengthShare: number;
}

/** What the page puts on `window` for the bench to call, one step at a time (the bench reads memory in between). */
export interface RenderBenchApi {
  /** Builds the random graph and draws a small one with the same renderer, so shader compiling is not counted. */
  prepare(run: RenderRun): Promise<PreparedGraph>;
  /** From creating the view until its first frame is drawn (a view drawn before is destroyed first). */
  firstRender(): Promise<StepTiming>;
  /** One camera move (pan or zoom, the `index`-th of a fixed list) and its frame. */
  move(index: number): Promise<StepTiming>;
  /** Every node moved in one graph update, as at a layout's end, until drawn (null for vis-network). */
  moveAllNodes(): Promise<StepTiming | null>;
  /** Selecting the graph's biggest hub (null where the renderer has no selection of its own). */
  select(): Promise<StepTiming | null>;
  /** Long main-thread tasks while the view's ForceAtlas2 worker runs for `durationMs` (the view only). */
  layout(durationMs: number): Promise<LayoutFigures | null>;
  destroy(): void;
}

export interface LayoutFigures {
  /** How long the layout ran (less than asked if it converged first). */
  durationMs: number;
  convergedByItself: boolean;
  /** Main-thread tasks over 50 ms seen by a PerformanceObserver while the layout ran. */
  longTasks: number;
  longestTaskMs: number;
  /** Frames drawn while the layout ran and when it stopped. */
  frames: number;
  /** From asking the layout to stop until its result is drawn, and the longest task meanwhile. */
  stopMs: number;
  longestStopTaskMs: number;
}

export interface RenderFigures extends PreparedGraph {
  renderer: RendererName;
  /** The GL back-end Chromium drew with (gl-back-ends.ts). */
  gl: GlBackEnd;
  positions: RenderPositions;
  /**
   * Share of the drawn pixels of this renderer's first-render picture that differ from its picture under the run's
   * first GL back-end (null with one back-end).
   */
  pictureDifference: number | null;
  /** Every first render timed (the view drawn afresh each time), and every camera move. */
  firstRenders: StepTiming[];
  frames: StepTiming[];
  select: StepTiming | null;
  /** Every move of all nodes at once (empty for vis-network, which has no graph updates to time). */
  moveAllNodes: StepTiming[];
  /** JavaScript heap the view holds after its first render (garbage collected before and after), in MB. */
  viewHeapMb: number;
  /** JavaScript heap of the graph itself, in MB. */
  graphHeapMb: number;
  layout: LayoutFigures | null;
}
