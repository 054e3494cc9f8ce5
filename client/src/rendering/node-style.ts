// Colours per node label, shared by the graph view and the legend. Unknown labels get a neutral grey.
export const LABEL_COLORS: Record<string, string> = {
  Person: '#4e79a7',
  Agency: '#f28e2b',
  Place: '#59a14f',
  Event: '#e15759',
  Claim: '#b07aa1',
  Article: '#9c755f',
};

export const DEFAULT_NODE_COLOR = '#8c8c8c';

export function colorForLabels(labels: readonly string[]): string {
  for (const label of labels) {
    const color = LABEL_COLORS[label];
    if (color) return color;
  }
  return DEFAULT_NODE_COLOR;
}
