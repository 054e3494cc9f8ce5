// Colour and shape per node label: the default palette, shared by the graph view and the legend. A view can be given
// another palette (GraphViewSettings.palette); nodes with no known label get a neutral grey disc.
export type NodeShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon' | 'ring';

export const NODE_SHAPES: readonly NodeShape[] = ['circle', 'square', 'diamond', 'triangle', 'hexagon', 'ring'];

export interface LabelStyle {
  color: string;
  shape: NodeShape;
}

export const DEFAULT_PALETTE: Readonly<Record<string, LabelStyle>> = {
  Person: { color: '#4e79a7', shape: 'circle' },
  Agency: { color: '#f28e2b', shape: 'hexagon' },
  Place: { color: '#59a14f', shape: 'triangle' },
  Event: { color: '#e15759', shape: 'diamond' },
  Claim: { color: '#b07aa1', shape: 'square' },
  Article: { color: '#9c755f', shape: 'ring' },
};

/** The default palette under the name the legend and the inspector use. */
export const LABEL_STYLES = DEFAULT_PALETTE;

export const DEFAULT_NODE_COLOR = '#8c8c8c';

/** The style of the first of a node's labels found in the palette, if any. */
export function styleInPalette(
  palette: Readonly<Record<string, LabelStyle>>,
  labels: readonly string[],
): LabelStyle | undefined {
  for (const label of labels) {
    const style = palette[label];
    if (style) return style;
  }
  return undefined;
}

export function colorForLabels(labels: readonly string[]): string {
  return styleInPalette(DEFAULT_PALETTE, labels)?.color ?? DEFAULT_NODE_COLOR;
}

export function shapeForLabels(labels: readonly string[]): NodeShape {
  return styleInPalette(DEFAULT_PALETTE, labels)?.shape ?? 'circle';
}

/** The label that decides a node's style (the first known one), used to group nodes in legends and filters. */
export function primaryLabel(labels: readonly string[]): string {
  return labels.find((label) => label in DEFAULT_PALETTE) ?? labels[0] ?? 'Node';
}
