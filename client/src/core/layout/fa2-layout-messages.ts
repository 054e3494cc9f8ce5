// The messages exchanged with the continuous ForceAtlas2 worker. Positions travel as typed arrays in node order
// (transferred, not copied), so a 50k-node graph costs the main thread no parsing.
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

export interface Fa2LayoutStart {
  type: 'start';
  xs: Float64Array;
  ys: Float64Array;
  sizes: Float64Array;
  /** Source and target node indices, two per edge. */
  edges: Uint32Array;
  settings: ForceAtlas2Settings;
  /** Post positions after every step (small graphs, drawn as they move) or only at the end (large graphs). */
  live: boolean;
  maxIterations: number;
  /** Converged when nodes move less than this share of the drawing's extent per iteration, on average. */
  convergence: number;
}

export interface Fa2LayoutStop {
  type: 'stop';
}

export type Fa2LayoutRequest = Fa2LayoutStart | Fa2LayoutStop;

export type Fa2LayoutMessage =
  | { type: 'ready' }
  | { type: 'positions'; xs: Float64Array; ys: Float64Array; iterations: number }
  | { type: 'progress'; iterations: number; movement: number }
  | { type: 'done'; xs: Float64Array; ys: Float64Array; iterations: number; reason: 'converged' | 'stopped' | 'limit' };
