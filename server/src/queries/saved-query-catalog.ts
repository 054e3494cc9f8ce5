// Loads the saved queries of cypher/queries/ once at start-up; a malformed file stops the server with its name.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSavedQueryFile, SavedQueryFileError } from './saved-query-file';
import type { SavedQuery } from './queries.schema';

export const QUERIES_DIR = path.resolve(import.meta.dirname, '../../../cypher/queries');

export function loadSavedQueries(dir = QUERIES_DIR): Map<string, SavedQuery> {
  const queries = new Map<string, SavedQuery>();
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()) {
    const query = parseSavedQueryFile(name, readFileSync(path.join(dir, name), 'utf8'));
    if (queries.has(query.id)) throw new SavedQueryFileError(`${name}: the id "${query.id}" is already used`);
    queries.set(query.id, query);
  }
  return queries;
}
