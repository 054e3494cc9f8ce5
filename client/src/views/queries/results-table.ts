// The rows of the last query as a table, for results that are not (only) a graph: counts, texts, dates.
import { cellText, readableColumns, rowsCsv, showsTable } from '../../core/queries/result-rows';
import type { ExplorerCore } from '../../core/explorer-core';
import { downloadFile } from '../download-file';
import { h, present } from '../dom';

const MAX_ROWS = 200;

export function mountResultsTable(element: HTMLElement, core: ExplorerCore): void {
  core.queries.lastRun.subscribe((run) => {
    if (run.type !== 'done' || !showsTable(run.result)) {
      element.hidden = true;
      element.replaceChildren();
      return;
    }
    const { result } = run;
    const { rows } = result;
    const columns = readableColumns(result);
    const caption = (id: string) => core.graph.caption(id);
    element.hidden = false;
    element.replaceChildren(
      ...present(
        h(
          'div',
          { className: 'results-header' },
          h('h2', {}, `Rows (${rows.length}${result.summary.truncated ? ', truncated' : ''})`),
          h(
            'button',
            {
              type: 'button',
              onclick: async () => downloadFile('query-rows.csv', await rowsCsv(result, caption), 'text/csv'),
            },
            'Export CSV',
          ),
          h(
            'button',
            { type: 'button', 'aria-label': 'Close the rows table', onclick: () => (element.hidden = true) },
            '×',
          ),
        ),
        h(
          'div',
          { className: 'table-scroll' },
          h(
            'table',
            { 'aria-label': 'Query rows', className: 'rows-table' },
            h('thead', {}, h('tr', {}, ...columns.map((column) => h('th', { scope: 'col' }, column)))),
            h(
              'tbody',
              {},
              ...rows
                .slice(0, MAX_ROWS)
                .map((row) => h('tr', {}, ...columns.map((column) => h('td', {}, cellText(row[column], caption))))),
            ),
          ),
        ),
        rows.length > MAX_ROWS ? h('p', { className: 'muted small' }, `First ${MAX_ROWS} rows shown.`) : null,
      ),
    );
  });
}
