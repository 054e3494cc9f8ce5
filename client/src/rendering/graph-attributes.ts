// The node and edge attributes the graph view reads. Callers (the explorer, an embed) fill graphs with these; the
// view never writes them. Styling is not an attribute: the view's palette and theme decide colours and shapes.
export interface NodeAttributes {
  /** Caption drawn next to the node (the API's `caption`, from `name`). */
  label: string;
  /** Node labels (Person, Claim, …): the view's palette picks colour and shape from the first one it knows. */
  labels: string[];
  properties: Record<string, unknown>;
  x: number;
  y: number;
  size: number;
  /** A colour that overrides the palette's for this node only. */
  color?: string;
}

export interface EdgeAttributes {
  relType: string;
  properties: Record<string, unknown>;
  /** Caption of the edge (its relationship type, when not given). */
  label: string;
  size: number;
}
