// The messages exchanged with the fixed-iterations ForceAtlas2 worker.
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

export interface Fa2Request {
  nodes: { key: string; x: number; y: number; size: number; fixed: boolean }[];
  edges: [string, string][];
  iterations: number;
  settings: ForceAtlas2Settings;
}

export interface Fa2Ready {
  type: 'ready';
}

export interface Fa2Response {
  type: 'positions';
  positions: Record<string, { x: number; y: number }>;
}
