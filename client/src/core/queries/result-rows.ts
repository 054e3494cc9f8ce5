// The rows of a query's answer as a person reads them: only the readable columns (relationships, paths and the
// graph's internal ids are in the drawing already, and read as noise in a table), nodes by their caption, lists
// joined — the same in the table and in its CSV export.
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

/** How a row's node is named: its caption in the view, or its id. */
export type Caption = (id: string) => string;

/** How many rows decide whether a column is readable. */
const SAMPLE = 50;

/** The graph's node ids (`person:pat-ryder`), which mean nothing to a reader. */
const NODE_ID = /^[a-z][a-z-]*:[a-z0-9][\w.-]*$/i;

export const isRowNode = (value: RowValue): value is RowNode => rowNodeSchema.safeParse(value).success;
const isRowRelationship = (value: RowValue): value is RowRelationship => rowRelationshipSchema.safeParse(value).success;
const isRowPath = (value: RowValue): value is RowPath => rowPathSchema.safeParse(value).success;

/** Nodes, relationships, paths and lists of them (null from OPTIONAL MATCH counts as graph too). */
export function isGraphValue(value: RowValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.every(isGraphValue);
  return isRowNode(value) || isRowRelationship(value) || isRowPath(value);
}

/** Relationships, paths, node ids, and lists of them: what a table column of only these would show is noise. */
function isNoise(value: RowValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.every(isNoise);
  if (typeof value === 'string') return NODE_ID.test(value);
  return isRowRelationship(value) || isRowPath(value);
}

/** The columns worth a table column: some value in the first rows is more than a relationship, a path or an id. */
export function readableColumns(result: CypherResult): string[] {
  const sample = result.rows.slice(0, SAMPLE);
  return result.columns.filter((column) => sample.some((row) => !isNoise(row[column])));
}

/** A table helps when some readable column holds plain values, not only nodes. */
export function showsTable(result: CypherResult): boolean {
  if (result.rows.length === 0) return false;
  const columns = readableColumns(result);
  if (columns.length === 0) return false;
  if (result.graph.nodes.length === 0) return true;
  const sample = result.rows.slice(0, SAMPLE);
  return columns.some((column) => sample.some((row) => !isGraphValue(row[column])));
}

/** Nodes show as their caption, relationships as their type, paths as their ends, lists joined. */
export function cellText(value: RowValue | undefined, caption: Caption): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value))
    return value
      .map((item) => cellText(item, caption))
      .filter(Boolean)
      .join(', ');
  if (isRowNode(value)) return caption(value.id);
  if (isRowRelationship(value)) return `:${value.type}`;
  if (isRowPath(value)) return `${caption(value.start)} → ${caption(value.end)} (${value.length})`;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The readable columns of every row as CSV (papaparse quotes commas, quotes and line breaks). */
export async function rowsCsv(result: CypherResult, caption: Caption): Promise<string> {
  const { default: Papa } = await import('papaparse');
  const columns = readableColumns(result);
  return Papa.unparse({
    fields: columns,
    data: result.rows.map((row) => columns.map((column) => cellText(row[column], caption))),
  });
}
