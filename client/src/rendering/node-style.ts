// Colour and shape per node label, shared by the graph view and the legend. Unknown labels get a neutral grey disc.
export type NodeShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon' | 'ring';

export const NODE_SHAPES: readonly NodeShape[] = ['circle', 'square', 'diamond', 'triangle', 'hexagon', 'ring'];

interface LabelStyle {
  color: string;
  shape: NodeShape;
}

export const LABEL_STYLES: Record<string, LabelStyle> = {
  Person: { color: '#4e79a7', shape: 'circle' },
  Agency: { color: '#f28e2b', shape: 'hexagon' },
  Place: { color: '#59a14f', shape: 'triangle' },
  Event: { color: '#e15759', shape: 'diamond' },
  Claim: { color: '#b07aa1', shape: 'square' },
  Article: { color: '#9c755f', shape: 'ring' },
};

export const DEFAULT_NODE_COLOR = '#8c8c8c';

function styleFor(labels: readonly string[]): LabelStyle | undefined {
  for (const label of labels) {
    const style = LABEL_STYLES[label];
    if (style) return style;
  }
  return undefined;
}

export function colorForLabels(labels: readonly string[]): string {
  return styleFor(labels)?.color ?? DEFAULT_NODE_COLOR;
}

export function shapeForLabels(labels: readonly string[]): NodeShape {
  return styleFor(labels)?.shape ?? 'circle';
}

/** The label that decides a node's style (the first known one), used to group nodes in legends and filters. */
export function primaryLabel(labels: readonly string[]): string {
  return labels.find((label) => label in LABEL_STYLES) ?? labels[0] ?? 'Node';
}
