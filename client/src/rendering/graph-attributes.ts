// The node and edge attributes the graph view reads. Callers (the explorer, a future embed) fill graphs with these;
// the view never writes them.
export interface NodeAttributes {
  /** Caption drawn next to the node (the API's `caption`, from `name`). */
  label: string;
  labels: string[];
  properties: Record<string, unknown>;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttributes {
  relType: string;
  properties: Record<string, unknown>;
  label: string;
  size: number;
  /** Set by the view's parallel-edge index so edges between the same two nodes are drawn apart. */
  parallelIndex?: number | null;
  parallelMaxIndex?: number | null;
}
