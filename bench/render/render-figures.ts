// What the render bench asks of its page and what the page answers, shared by both sides.

export interface RenderRun {
  nodes: number;
  edgesPerNode: number;
  /** Camera moves to time after the first render. */
  moves: number;
  seed: number;
}

/** One timed step: the JavaScript part (what a real GPU would leave) and the whole, GPU drawing included. */
export interface StepTiming {
  jsMs: number;
  totalMs: number;
}

export interface RenderFigures {
  nodes: number;
  edges: number;
  /** Filling the graphology graph (the caller's work, before the view exists). */
  buildMs: number;
  /** From `new GraphView(…)` until the first frame is drawn. */
  firstRender: StepTiming;
  /** One frame per camera move (pan or zoom). */
  frames: StepTiming[];
  /** Selecting a node: every node and edge goes through the view's reducers again, then a frame is drawn. */
  select: StepTiming;
  /** JavaScript heap in use after the first render (Chromium's coarse figure), in MB; null where unavailable. */
  heapMb: number | null;
}

/** What the page puts on `window` for the bench to call. */
export interface RenderBenchApi {
  run(options: RenderRun): Promise<RenderFigures>;
}
