// The rows of the last query as a table, for results that are not (only) a graph: counts, texts, dates.
import {
  rowNodeSchema,
  rowPathSchema,
  rowRelationshipSchema,
  type CypherResult,
  type RowNode,
  type RowPath,
  type RowRelationship,
  type RowValue,
} from '../../api/api-contract';
import type { ExplorerCore } from '../../core/explorer-core';
import { formatValue, h, present } from '../dom';

const MAX_ROWS = 200;

export function mountResultsTable(element: HTMLElement, core: ExplorerCore): void {
  core.queries.lastRun.subscribe((run) => {
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
                .map((row) => h('tr', {}, ...columns.map((column) => h('td', {}, cell(core, row[column]))))),
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

const isRowNode = (value: RowValue): value is RowNode => rowNodeSchema.safeParse(value).success;
const isRowRelationship = (value: RowValue): value is RowRelationship => rowRelationshipSchema.safeParse(value).success;
const isRowPath = (value: RowValue): value is RowPath => rowPathSchema.safeParse(value).success;

/** Nodes, relationships, paths and lists of them (null from OPTIONAL MATCH counts as graph too). */
function isGraphValue(value: RowValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.every(isGraphValue);
  return isRowNode(value) || isRowRelationship(value) || isRowPath(value);
}

/** Nodes show as their caption (or id), relationships as their type, paths as their ends, lists joined. */
function cell(core: ExplorerCore, value: RowValue | undefined): string {
  if (value === undefined) return formatValue(value);
  if (Array.isArray(value)) return value.map((item) => cell(core, item)).join(', ');
  if (isRowNode(value)) return core.graph.caption(value.id);
  if (isRowRelationship(value)) return `:${value.type}`;
  if (isRowPath(value))
    return `${core.graph.caption(value.start)} → ${core.graph.caption(value.end)} (${value.length})`;
  return formatValue(value);
}
