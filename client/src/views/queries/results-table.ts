// The rows of the last query as a table, for results that are not (only) a graph: counts, texts, dates.
import type { CypherResult } from '../../api/api-types';
import type { Explorer } from '../../core/explorer/explorer';
import { formatValue, h, present } from '../dom';

const MAX_ROWS = 200;

export function mountResultsTable(element: HTMLElement, explorer: Explorer): void {
  explorer.queryRun.subscribe((run) => {
    if (run.type !== 'done' || !showsTable(run.result)) {
      element.hidden = true;
      element.replaceChildren();
      return;
    }
    const { columns, rows } = run.result;
    element.hidden = false;
    element.replaceChildren(
      ...present(
        h(
          'div',
          { className: 'results-header' },
          h('h2', {}, `Rows (${rows.length}${run.result.summary.truncated ? ', truncated' : ''})`),
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
            { 'aria-label': 'Query rows' },
            h('thead', {}, h('tr', {}, ...columns.map((column) => h('th', { scope: 'col' }, column)))),
            h(
              'tbody',
              {},
              ...rows
                .slice(0, MAX_ROWS)
                .map((row) => h('tr', {}, ...columns.map((column) => h('td', {}, cell(explorer, row[column]))))),
            ),
          ),
        ),
        rows.length > MAX_ROWS ? h('p', { className: 'muted small' }, `First ${MAX_ROWS} rows shown.`) : null,
      ),
    );
  });
}

/** A table helps when some column holds plain values, not only nodes and relationships. */
function showsTable(result: CypherResult): boolean {
  if (result.rows.length === 0) return false;
  if (result.graph.nodes.length === 0) return true;
  const sample = result.rows.slice(0, 50);
  return result.columns.some((column) => sample.some((row) => !isGraphValue(row[column])));
}

/** Nodes, relationships, paths and lists of them (null from OPTIONAL MATCH counts as graph too). */
function isGraphValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.every(isGraphValue);
  const record = value as Record<string, unknown>;
  return ('labels' in record && 'id' in record) || ('type' in record && 'properties' in record) || 'segments' in record;
}

/** Nodes show as their caption (or id), relationships as their type, lists joined. */
function cell(explorer: Explorer, value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => cell(explorer, item)).join(', ');
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.caption === 'string') return record.caption;
    if (typeof record.id === 'string' && Array.isArray(record.labels)) {
      return explorer.graph.hasNode(record.id) ? explorer.graph.getNodeAttribute(record.id, 'label') : record.id;
    }
    if (typeof record.type === 'string' && 'properties' in record) return `:${record.type}`;
  }
  return formatValue(value);
}
