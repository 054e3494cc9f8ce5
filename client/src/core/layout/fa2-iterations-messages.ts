// The messages exchanged with the fixed-iterations ForceAtlas2 worker.
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

/**
 * Fit the result into a box of this size (the view's, in pixels, where node sizes are pixels too), then push apart
 * nodes that still overlap, with `margin` pixels between them.
 */
export interface Fa2Fit {
  width: number;
  height: number;
  margin: number;
}

export interface Fa2Request {
  nodes: { key: string; x: number; y: number; size: number; fixed: boolean }[];
  edges: [string, string][];
  iterations: number;
  settings: ForceAtlas2Settings;
  fit?: Fa2Fit;
}

export interface Fa2Ready {
  type: 'ready';
}

export interface Fa2Response {
  type: 'positions';
  positions: Record<string, { x: number; y: number }>;
}
