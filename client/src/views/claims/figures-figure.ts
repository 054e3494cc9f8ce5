// The "Figures" figure of the Claims tab: pick a kind, see every figure given for it as an interval by claimant over
// time (drawn by Observable Plot, loaded with the tab); each mark opens its claim in the graph and the inspector,
// where its sources are.
import { DEFAULT_FIGURES_KIND } from '../../core/claims/claims-figures';
import type { ExplorerCore } from '../../core/explorer-core';
import { CLAIM_KINDS } from '../../../../server/src/claims/claim-kinds';
import { h } from '../dom';
import { openMarksOnClick } from './plot-marks';

export function mountFiguresFigure(core: ExplorerCore): { element: HTMLElement; draw(): void } {
  const { figures } = core;
  const body = h('div', { className: 'chart-body' });
  const legend = h('div', { className: 'chart-legend' });
  const status = h('span', { className: 'muted small', role: 'status' });
  const kind = h(
    'select',
    { 'aria-label': 'Figures of kind', onchange: () => void figures.show(kind.value) },
    ...CLAIM_KINDS.map((k) => h('option', { value: k, selected: k === DEFAULT_FIGURES_KIND }, k)),
  );
  const figure = h(
    'figure',
    { className: 'claims-chart', 'aria-label': 'Figures' },
    h('div', { className: 'chart-head' }, h('label', {}, 'Kind ', kind), status),
    legend,
    body,
    h(
      'figcaption',
      { className: 'muted small' },
      '● an exact figure · ┃ a range from its low to its high end · ↑ "at least", ↓ "at most": the arrow points to ',
      'the open side. Click a mark to open its claim and its sources.',
    ),
  );
  // Folded at first, so the table keeps its room; unfolding it loads and draws the chart.
  const element = h('details', { className: 'chart-fold' }, h('summary', {}, 'Figures'), figure);
  element.addEventListener('toggle', () => void draw());
  openMarksOnClick(body, (claimId) => void core.graph.reveal(claimId));
  let drawn: unknown = null;
  let drawnWidth = 0;

  const draw = async () => {
    const data = figures.data.get();
    // Hidden (width 0) until the Claims tab is opened: nothing is fetched or drawn before.
    const width = body.clientWidth;
    if (width === 0) return;
    if (data.type === 'idle') {
      void figures.show(kind.value);
      return;
    }
    if (data.type === 'loading') {
      status.textContent = 'loading…';
      return;
    }
    if (data.type === 'failed') {
      status.textContent = data.message;
      return;
    }
    status.textContent = `${data.marks.length} of ${data.claimCount} claims give a figure`;
    if (drawn === data && drawnWidth === width) return;
    drawn = data;
    drawnWidth = width;
    if (data.marks.length === 0) {
      legend.replaceChildren();
      body.replaceChildren(h('p', { className: 'muted' }, `No ${data.kind} claim gives a figure.`));
      return;
    }
    const { drawFigures } = await import('./plot-figures');
    if (drawn !== data) return;
    const drawing = drawFigures(data.marks, { width, measure: data.kind });
    legend.replaceChildren(...(drawing.legend ? [drawing.legend] : []));
    body.replaceChildren(drawing.svg);
    body.dataset.state = 'ready';
  };

  figures.data.subscribe(() => void draw());
  new ResizeObserver(() => void draw()).observe(body);
  return { element, draw: () => void draw() };
}
