// The "Timeline" figure of the Claims tab: its controls (rows by claimant or kind, play-back, clear the range), the
// range in words, and the chart, which Observable Plot draws once the tab is opened (the library is loaded then,
// not with the page). Brushing sets the explorer's date range; the date inputs of the Claims and View tabs are the
// keyboard's way to do the same.
import type { DateRange } from '../../core/claims/claims-timeline';
import type { TimelineGrouping } from '../../core/claims/timeline-marks';
import type { ExplorerCore } from '../../core/explorer-core';
import { h } from '../dom';
import { openMarksOnClick } from './plot-marks';
import type { TimelineDrawing } from './plot-timeline';

export function mountTimelineFigure(core: ExplorerCore): { element: HTMLElement; draw(): void } {
  const { timeline } = core;
  let drawing: TimelineDrawing | null = null;
  let drawn: unknown = null;
  const body = h('div', { className: 'chart-body timeline-body' });
  const status = h('span', { className: 'muted small', role: 'status' });
  const rows = h(
    'select',
    {
      'aria-label': 'Timeline rows',
      onchange: () => timeline.groupBy(rows.value as TimelineGrouping),
    },
    h('option', { value: 'claimant' }, 'by claimant'),
    h('option', { value: 'kind' }, 'by kind'),
  );
  const play = h('button', {
    type: 'button',
    onclick: () => (timeline.playback.get().type === 'playing' ? timeline.stop() : timeline.play()),
  });
  const clear = h('button', { type: 'button', onclick: () => timeline.brush(null) }, 'All dates');
  const figure = h(
    'figure',
    { className: 'claims-chart', 'aria-label': 'Timeline' },
    h('div', { className: 'chart-head' }, h('label', {}, 'Rows ', rows), play, clear, status),
    body,
    h(
      'figcaption',
      { className: 'muted small' },
      '● a claim on the day it was said (○ the day is not exact) · ◇ a report of it on its publication day. ',
      'Drag across the dates to show only that range in the table and the graph; click a dot to open its claim.',
    ),
  );
  // Open at first; folded away, it leaves the table more room.
  const element = h('details', { className: 'chart-fold', open: true }, h('summary', {}, 'Timeline'), figure);
  element.addEventListener('toggle', () => void draw());
  openMarksOnClick(body, (claimId) => void core.graph.reveal(claimId));

  const describeRange = () => {
    const { from, to } = timeline.range();
    clear.disabled = !from && !to;
    const playing = timeline.playback.get();
    play.textContent = playing.type === 'playing' ? `■ Stop (${playing.step}/${playing.of})` : '▶ Play dates';
    status.textContent = !from && !to ? 'Showing every date' : `${from ?? 'any date'} – ${to ?? 'any date'}`;
  };

  const draw = async () => {
    const data = timeline.data.get();
    const marks = data.type === 'ready' ? data.marks : data.type === 'idle' ? null : data.shown;
    if (data.type === 'failed') status.textContent = data.message;
    const width = body.clientWidth;
    if (
      !marks ||
      width === 0 ||
      (drawn === marks && drawing?.svg.isConnected && drawing.svg.getAttribute('width') === String(width))
    )
      return;
    drawn = marks;
    if (marks.said.length === 0) {
      drawing = null;
      body.replaceChildren(h('p', { className: 'muted' }, 'No dated claim matches these filters.'));
      return;
    }
    const { drawTimeline } = await import('./plot-timeline');
    if (drawn !== marks) return;
    drawing = drawTimeline(marks, {
      width,
      range: timeline.range(),
      onBrush: (range: DateRange | null) => timeline.brush(range),
    });
    body.replaceChildren(drawing.svg);
    body.dataset.state = 'ready';
  };

  timeline.data.subscribe(() => void draw());
  timeline.playback.subscribe(describeRange);
  core.filters.state.subscribe((next, previous) => {
    if (next.from === previous.from && next.to === previous.to) return;
    describeRange();
    drawing?.showRange(timeline.range());
  });
  new ResizeObserver(() => void draw()).observe(body);
  describeRange();
  return { element, draw: () => void draw() };
}
