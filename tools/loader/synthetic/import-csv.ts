// The synthetic graph as Neo4j's offline importer reads it: a header line per file naming the id space, the typed
// property columns and the ends of relationships (`id:ID(Claim)`, `countMin:long`, `aliases:string[]`,
// `:START_ID(Person)`), then one CSV row per node or relationship. papaparse does the quoting (commas, quotes, line
// breaks); this file decides what each cell says, so the importer stores exactly the values the UNWIND loader's
// Cypher stores for the same rows.
import Papa from 'papaparse';
import type { SyntheticLabel } from './news-graph-model';
import { NODE_PROPERTIES, RELATIONSHIP_KINDS, type NodeRow, type RelationshipKind } from './news-graph-rows';

/**
 * Between the elements of a list property: the unit separator (U+001F), a control character no text holds, so no
 * alias needs escaping (the importer has no escape for its array delimiter). Passed as `--array-delimiter=U+001F`.
 */
export const ARRAY_DELIMITER = '\u001f';
export const ARRAY_DELIMITER_OPTION = 'U+001F';

/**
 * The importer's type of every property that is not a plain string. The UNWIND loader sends JavaScript values and
 * turns the claim figures into integers (`toInteger`); these are the same types (a unit test checks every value).
 */
export const PROPERTY_TYPES: Readonly<Record<string, 'long' | 'boolean' | 'string[]'>> = {
  aliases: 'string[]',
  countMin: 'long',
  countMax: 'long',
  verified: 'boolean',
};

/** The marker nodes the UNWIND loader writes per batch, so it sees an imported graph as fully loaded. */
export const MARKER_LABEL = '_LoadedBatch';
export const MARKER_HEADER = ['graph', 'batch'];

export type CsvCell = string | number | boolean | null;

export class ImportValueError extends Error {
  override name = 'ImportValueError';
}

export function nodeHeader(label: SyntheticLabel): string[] {
  return NODE_PROPERTIES[label].map((key) => (key === 'id' ? `id:ID(${label})` : typedColumn(key)));
}

export function relationshipHeader(kind: RelationshipKind): string[] {
  const { from, to, properties } = RELATIONSHIP_KINDS[kind];
  return [`:START_ID(${from})`, `:END_ID(${to})`, ...properties.map(typedColumn)];
}

function typedColumn(key: string): string {
  const type = PROPERTY_TYPES[key];
  return type ? `${key}:${type}` : key;
}

/** A node's cells in its header's order. */
export function nodeCells(label: SyntheticLabel, row: NodeRow): CsvCell[] {
  return NODE_PROPERTIES[label].map((key) => cell(row[key], key));
}

export function relationshipCells(
  kind: RelationshipKind,
  row: { from: string; to: string; properties: Record<string, string> },
): CsvCell[] {
  return [row.from, row.to, ...RELATIONSHIP_KINDS[kind].properties.map((key) => cell(row.properties[key], key))];
}

/**
 * One value as the importer reads it back: a list joins its elements with the array delimiter; a missing value is
 * an empty field (no property, as Cypher's `{key: null}`); an empty string is quoted (`""`), which the importer keeps
 * as an empty string.
 */
function cell(value: NodeRow[string] | undefined, key: string): CsvCell {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) return value;
  const inside = value.find((element) => element.includes(ARRAY_DELIMITER));
  if (inside !== undefined) {
    throw new ImportValueError(
      `The list property "${key}" holds an element with the character U+001F, which separates list elements in the ` +
        `import files: ${JSON.stringify(inside)}. Remove that character from the value.`,
    );
  }
  return value.join(ARRAY_DELIMITER);
}

/**
 * Rows as CSV text, each ending in a line break. Fields with a comma, a quote or a line break are quoted (quotes
 * doubled, RFC 4180, as the importer reads them); empty strings are quoted so they stay strings.
 */
export function formatCsvRows(rows: readonly CsvCell[][]): string {
  if (rows.length === 0) return '';
  return `${Papa.unparse(rows as CsvCell[][], { header: false, newline: '\n', quotes: (value) => value === '' })}\n`;
}

/** Whether any of the rows has a line break in a field: such files must be named to the importer as multi-line. */
export function hasLineBreak(rows: readonly CsvCell[][]): boolean {
  return rows.some((row) => row.some((value) => typeof value === 'string' && /[\r\n]/.test(value)));
}
