// The "Claims" table: one row per claim — date with its precision, claimants with channel, text, kind, figures
// (open ends kept open), subjects, sources and independent sources, first report — sortable, paged, and sharing
// selection with the graph and the inspector: a row opens its claim; a claim selected in the graph lights its row.
import type { Claim } from '../../api/api-contract';
import { formatFigure } from '../../core/claims/claim-text';
import { shownPage, type ClaimsSort } from '../../core/claims/claims-state';
import type { ExplorerCore } from '../../core/explorer-core';
import { selectedNodeId } from '../../core/selection/selection-state';
import { h, present } from '../dom';

const COLUMNS: { title: string; sort?: ClaimsSort }[] = [
  { title: 'Date', sort: 'date' },
  { title: 'Said by', sort: 'claimant' },
  { title: 'Claim' },
  { title: 'Kind', sort: 'kind' },
  { title: 'Figures' },
  { title: 'About' },
  { title: 'Sources', sort: 'sources' },
  { title: 'First reported by' },
];

export function mountClaimsTable(element: HTMLElement, core: ExplorerCore): void {
  const { workbench } = core;
  const render = () => {
    const list = workbench.list.get();
    const page = shownPage(list);
    const view = workbench.view.get();
    const selected = selectedNodeId(core.selection.state.get());
    const header = h(
      'div',
      { className: 'results-header' },
      h(
        'h2',
        {},
        page
          ? `Claims ${page.total === 0 ? 0 : page.view.skip + 1}–${page.view.skip + page.claims.length} of ${page.total}`
          : 'Claims',
        list.type === 'loading' ? h('span', { className: 'muted small' }, ' (loading…)') : null,
      ),
      h(
        'div',
        { className: 'pager' },
        h(
          'button',
          { type: 'button', disabled: view.skip === 0, onclick: () => void workbench.turnPage(-1) },
          '‹ Previous',
        ),
        h(
          'button',
          {
            type: 'button',
            disabled: !page || view.skip + view.limit >= page.total,
            onclick: () => void workbench.turnPage(1),
          },
          'Next ›',
        ),
      ),
    );
    const head = h(
      'tr',
      {},
      ...COLUMNS.map((column) => {
        const sorted = column.sort && view.sort === column.sort;
        return h(
          'th',
          { scope: 'col', 'aria-sort': sorted ? (view.order === 'asc' ? 'ascending' : 'descending') : undefined },
          column.sort
            ? h(
                'button',
                { type: 'button', className: 'sort', onclick: () => void workbench.sortBy(column.sort as ClaimsSort) },
                column.title,
                sorted ? (view.order === 'asc' ? ' ▲' : ' ▼') : '',
              )
            : column.title,
        );
      }),
    );
    const rows = (page?.claims ?? []).map((claim) => row(core, claim, claim.id === selected));
    element.replaceChildren(
      ...present(
        header,
        h(
          'div',
          { className: 'table-scroll' },
          h(
            'table',
            { 'aria-label': 'Claims', className: 'claims-table' },
            h('thead', {}, head),
            h('tbody', {}, ...rows),
          ),
        ),
        page && page.claims.length === 0 ? h('p', { className: 'muted' }, 'No claim matches these filters.') : null,
      ),
    );
  };
  workbench.list.subscribe(render);
  core.selection.state.subscribe(() => {
    const selected = selectedNodeId(core.selection.state.get());
    for (const tr of element.querySelectorAll<HTMLTableRowElement>('tbody tr')) {
      tr.setAttribute('aria-selected', String(tr.dataset.claimId === selected));
      if (tr.dataset.claimId === selected) tr.scrollIntoView({ block: 'nearest' });
    }
  });
  render();
}

function row(core: ExplorerCore, claim: Claim, selected: boolean): HTMLTableRowElement {
  const open = () => void core.graph.reveal(claim.id);
  const first = claim.firstReport;
  return h(
    'tr',
    {
      dataset: { claimId: claim.id },
      'aria-selected': String(selected),
      tabIndex: 0,
      onclick: open,
      onkeydown: (event: KeyboardEvent) => {
        if (event.key === 'Enter') open();
      },
    },
    h(
      'td',
      { className: 'nowrap' },
      h('time', { dateTime: claim.date ?? '' }, claim.date ?? 'undated'),
      claim.datePrecision && claim.datePrecision !== 'day'
        ? h('div', { className: 'muted small' }, precisionLabel(claim.datePrecision))
        : null,
    ),
    h(
      'td',
      {},
      ...claim.claimants.map((who) =>
        h(
          'div',
          {},
          who.name ?? who.id,
          who.channel ? h('span', { className: 'muted small' }, ` (${who.channel})`) : null,
        ),
      ),
    ),
    h(
      'td',
      { className: 'claim-text-cell' },
      claim.text ?? '',
      claim.contradicts.length > 0 ? h('span', { className: 'tag contested' }, 'contested') : null,
    ),
    h('td', { className: 'nowrap' }, claim.kind ?? ''),
    h(
      'td',
      { className: 'nowrap' },
      formatFigure(claim.countMin, claim.countMax),
      claim.measure && formatFigure(claim.countMin, claim.countMax)
        ? h('div', { className: 'muted small' }, claim.measure)
        : null,
    ),
    h('td', { className: 'small' }, claim.about.map((what) => what.name ?? what.id).join(', ')),
    h(
      'td',
      { className: 'nowrap', title: 'sources (independent outlets)' },
      `${claim.sourceCount} (${claim.independentSourceCount})`,
    ),
    h(
      'td',
      { className: 'small' },
      !first
        ? ''
        : first.tie
          ? h('em', {}, 'cannot tell')
          : `${first.outlet ?? 'unknown outlet'}, ${first.published ?? ''}`,
    ),
  );
}

function precisionLabel(precision: string): string {
  if (precision === 'undated') return 'assumed (report date)';
  if (precision === 'approximate') return 'approximate';
  return `${precision} only`;
}
