// Draws the Claims timeline with Observable Plot (loaded with the Claims tab, not with the page): a row per claimant
// or kind, a dot per claim at the date it was said (hollow when the date is not exact), a diamond per report at its
// publication date joined to the claim, and a d3-brush over the dates. Plot has no brush of its own yet; d3-brush is
// the module Plot's authors use, placed under the marks so the dots stay clickable.
import * as Plot from '@observablehq/plot';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select, type Selection } from 'd3-selection';
import type { DateRange } from '../../core/claims/claims-timeline';
import type { TimelineMarks } from '../../core/claims/timeline-marks';
import { claimHref, DAY_MS, isoDayOf, labelMarkLinks, paddedDays, themeColor, utcDay } from './plot-marks';

export interface TimelineDrawing {
  svg: SVGSVGElement;
  /** Moves the brush to a range without reporting it back (a range set elsewhere: play-back, the date inputs). */
  showRange(range: DateRange): void;
}

const ROW_HEIGHT = 18;
const MARGIN = { top: 8, right: 16, bottom: 24, left: 170 };

export function drawTimeline(
  marks: TimelineMarks,
  options: { width: number; range: DateRange; onBrush: (range: DateRange | null) => void },
): TimelineDrawing {
  const accent = themeColor('--accent', '#2f6fdb');
  const muted = themeColor('--muted', '#5b6475');
  const height = MARGIN.top + MARGIN.bottom + Math.max(2, marks.groups.length) * ROW_HEIGHT;
  const domain = paddedDays([...marks.dates, ...marks.reported.map((mark) => mark.published)]);
  const svg = Plot.plot({
    width: options.width,
    height,
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    style: { background: 'transparent', color: 'inherit', fontSize: '12px' },
    x: { type: 'utc', domain, label: null },
    y: { domain: marks.groups, label: null, tickFormat: (name: string) => shorten(name, 22) },
    marks: [
      Plot.ruleY(marks.groups, { stroke: muted, strokeOpacity: 0.15 }),
      Plot.link(marks.reported, {
        x1: (mark: { said: string }) => utcDay(mark.said),
        x2: (mark: { published: string }) => utcDay(mark.published),
        y1: 'group',
        y2: 'group',
        stroke: muted,
        strokeOpacity: 0.35,
      }),
      Plot.dot(marks.reported, {
        x: (mark: { published: string }) => utcDay(mark.published),
        y: 'group',
        symbol: 'diamond',
        r: 3,
        stroke: muted,
        fill: 'none',
        title: 'label',
      }),
      Plot.dot(marks.said, {
        x: (mark: { date: string }) => utcDay(mark.date),
        y: 'group',
        r: 4.5,
        stroke: accent,
        strokeWidth: 1.5,
        fill: (mark: { exact: boolean }) => (mark.exact ? accent : 'none'),
        href: (mark: { claimId: string }) => claimHref(mark.claimId),
        ariaLabel: 'label',
        title: 'label',
      }),
    ],
  }) as unknown as SVGSVGElement & Plot.Plot;
  svg.setAttribute('aria-label', 'Claims by the date said; drag across the dates to filter');
  labelMarkLinks(svg);
  const x = svg.scale('x');
  const extent: [[number, number], [number, number]] = [
    [MARGIN.left, MARGIN.top],
    [options.width - MARGIN.right, height - MARGIN.bottom],
  ];
  const brush = brushX<unknown>()
    .extent(extent)
    .on('end', (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent || !x?.invert) return;
      const selected = event.selection as [number, number] | null;
      if (!selected) {
        options.onBrush(null);
        return;
      }
      const from = isoDayOf(x.invert(selected[0]) as Date);
      const to = isoDayOf(x.invert(selected[1]) as Date);
      options.onBrush({ from, to });
    });
  // Under the marks (after the axes), so a dot is clicked rather than brushed.
  const layer = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  layer.setAttribute('class', 'timeline-brush');
  const firstMark = svg.querySelector(':scope > g[aria-label="rule"]');
  svg.insertBefore(layer, firstMark);
  const group = select<SVGGElement, unknown>(layer).call(brush);
  const showRange = (range: DateRange) => moveBrush(group, brush, range, x?.apply, extent);
  showRange(options.range);
  return { svg, showRange };
}

function moveBrush(
  group: Selection<SVGGElement, unknown, null, undefined>,
  brush: BrushBehavior<unknown>,
  range: DateRange,
  apply: ((value: Date) => number) | undefined,
  extent: [[number, number], [number, number]],
): void {
  if (!apply || (!range.from && !range.to)) {
    brush.move(group, null);
    return;
  }
  const [[left], [right]] = extent;
  const start = range.from ? apply(utcDay(range.from)) : left;
  const end = range.to ? apply(new Date(utcDay(range.to).getTime() + DAY_MS - 1)) : right;
  brush.move(group, [Math.max(left, Math.min(start, right)), Math.max(left, Math.min(end, right))]);
}

function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
