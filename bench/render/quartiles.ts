// The middle value of a sample and the middle half around it: on a shared machine one step stalled by another process
// moves neither, and the spread says how far a single figure can be trusted.

/** The value below which `fraction` of the sample lies (linear between neighbours); NaN for an empty sample. */
export function quantile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * fraction;
  const below = Math.floor(position);
  const low = sorted[below]!;
  const high = sorted[Math.min(below + 1, sorted.length - 1)]!;
  return low + (high - low) * (position - below);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** The first and third quartiles: half of the sample lies between them. */
export const quartiles = (values: readonly number[]): [number, number] => [
  quantile(values, 0.25),
  quantile(values, 0.75),
];
