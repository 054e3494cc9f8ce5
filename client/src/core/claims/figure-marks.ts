// What the Figures chart draws for a kind of claim: every figure as an interval by claimant at the date it was said.
// A figure known exactly is a point, a range is a bar from its low to its high end, and an open-ended figure ("at
// least 30", "up to 12,000") keeps its open end: it is drawn from its one known bound towards the open side.
import type { Claim } from '../../api/api-contract';
import { formatFigure } from './claim-text';
import { claimText, isoDay } from './timeline-marks';

export type FigureShape = 'point' | 'range' | 'at-least' | 'at-most';

export interface FigureMark {
  claimId: string;
  claimant: string;
  /** YYYY-MM-DD. */
  date: string;
  /** The known bounds: both for a point or a range, one for an open-ended figure. */
  low: number | null;
  high: number | null;
  shape: FigureShape;
  label: string;
}

export function figureMarks(claims: readonly Claim[]): FigureMark[] {
  const marks: FigureMark[] = [];
  for (const claim of claims) {
    const date = isoDay(claim.date);
    const { countMin: low, countMax: high } = claim;
    if (!date || (low === null && high === null)) continue;
    const shape: FigureShape =
      low !== null && high !== null ? (low === high ? 'point' : 'range') : low !== null ? 'at-least' : 'at-most';
    const claimant = claim.claimants.map((who) => who.name ?? who.id).join(' & ') || 'unattributed';
    const figure = `${formatFigure(low, high)}${claim.measure ? ` ${claim.measure}` : ''}`;
    marks.push({
      claimId: claim.id,
      claimant,
      date,
      low,
      high,
      shape,
      label: `${claimant}, ${date}: ${figure}. ${claimText(claim)}`,
    });
  }
  return marks.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.claimant < b.claimant ? -1 : 1));
}

/** The figures' extent, for the chart's scale: the smallest and largest bound any figure gives. */
export function figureExtent(marks: readonly FigureMark[]): [number, number] | null {
  const values = marks.flatMap((mark) => [mark.low, mark.high]).filter((value): value is number => value !== null);
  return values.length === 0 ? null : [Math.min(...values), Math.max(...values)];
}
