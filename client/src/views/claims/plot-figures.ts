// Draws the Figures chart with Observable Plot: for one kind of claim, every figure at the date it was said, coloured
// by claimant — a dot for an exact figure, a bar from low to high for a range, and an arrow from the known bound
// towards the open side for "at least" / "at most" figures, which are never drawn as if they were exact. A log scale
// when figures differ by orders of magnitude. Figures said on the same day are set a little apart so none hides
// another; each mark's label keeps its true date.
import * as Plot from '@observablehq/plot';
import type { FigureMark } from '../../core/claims/figure-marks';
import { figureExtent } from '../../core/claims/figure-marks';
import { claimHref, DAY_MS, labelMarkLinks, paddedDays, themeColor, utcDay } from './plot-marks';

export interface FiguresDrawing {
  svg: SVGSVGElement;
  legend: Element | null;
}

/** How far an open end's arrow reaches past its bound: a factor on a log scale, a share of the range on a linear. */
const OPEN_FACTOR = 2.5;
const OPEN_SHARE = 0.15;

interface Placed extends FigureMark {
  x: Date;
  /** Where an open end's arrow points to. */
  towards: number | null;
}

export function drawFigures(marks: readonly FigureMark[], options: { width: number; measure: string }): FiguresDrawing {
  const extent = figureExtent(marks) ?? [0, 1];
  const log = extent[0] > 0 && extent[1] / extent[0] >= 50;
  const yDomain: [number, number] = log ? [extent[0] / 3, extent[1] * 3] : [0, extent[1] * (1 + 2 * OPEN_SHARE) || 1];
  const placed = spreadSameDay(marks).map((mark): Placed => {
    const bound = mark.shape === 'at-least' ? mark.low : mark.shape === 'at-most' ? mark.high : null;
    if (bound === null) return { ...mark, towards: null };
    const up = mark.shape === 'at-least';
    const towards = log
      ? up
        ? bound * OPEN_FACTOR
        : bound / OPEN_FACTOR
      : up
        ? bound + extent[1] * OPEN_SHARE
        : Math.max(0, bound - extent[1] * OPEN_SHARE);
    return { ...mark, towards };
  });
  const linked = {
    href: (mark: Placed) => claimHref(mark.claimId),
    ariaLabel: 'label',
    title: 'label',
  };
  const claimants = [...new Set(marks.map((mark) => mark.claimant))];
  const svg = Plot.plot({
    width: options.width,
    height: 260,
    marginLeft: 64,
    marginRight: 16,
    style: { background: 'transparent', color: 'inherit', fontSize: '12px' },
    x: { type: 'utc', domain: paddedDays(marks.map((mark) => mark.date)), label: 'Date said' },
    y: {
      type: log ? 'log' : 'linear',
      domain: yDomain,
      grid: true,
      ticks: 5,
      label: options.measure,
      tickFormat: ',~r',
    },
    color: { domain: claimants, scheme: 'tableau10' },
    marks: [
      Plot.ruleX(
        placed.filter((mark) => mark.shape === 'range'),
        { x: 'x', y1: 'low', y2: 'high', stroke: 'claimant', strokeWidth: 5, strokeLinecap: 'round', ...linked },
      ),
      Plot.arrow(
        placed.filter((mark) => mark.towards !== null),
        {
          x1: 'x',
          x2: 'x',
          y1: (mark: Placed) => mark.low ?? mark.high,
          y2: 'towards',
          stroke: 'claimant',
          strokeWidth: 2.5,
          headLength: 9,
          ...linked,
        },
      ),
      Plot.dot(
        placed.filter((mark) => mark.towards !== null),
        { x: 'x', y: (mark: Placed) => mark.low ?? mark.high, fill: 'claimant', r: 3.5 },
      ),
      Plot.dot(
        placed.filter((mark) => mark.shape === 'point'),
        { x: 'x', y: 'low', fill: 'claimant', r: 5.5, stroke: themeColor('--panel', '#fff'), ...linked },
      ),
    ],
  }) as unknown as SVGSVGElement & Plot.Plot;
  svg.setAttribute('aria-label', `Figures by claimant over time (${log ? 'log scale' : 'linear scale'})`);
  labelMarkLinks(svg);
  const legend = svg.legend('color', { label: null, swatchSize: 12 }) ?? null;
  return { svg, legend };
}

/** Sets marks said on the same day a few hours apart, centred on the day, so each stays visible and clickable. */
function spreadSameDay(marks: readonly FigureMark[]): (FigureMark & { x: Date })[] {
  const byDay = new Map<string, FigureMark[]>();
  for (const mark of marks) byDay.set(mark.date, [...(byDay.get(mark.date) ?? []), mark]);
  const step = 6 * 3_600_000;
  return [...byDay.values()].flatMap((day) =>
    day.map((mark, index) => ({
      ...mark,
      x: new Date(utcDay(mark.date).getTime() + DAY_MS / 2 + (index - (day.length - 1) / 2) * step),
    })),
  );
}
