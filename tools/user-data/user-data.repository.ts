// Reads and writes user data in bulk for backup and restore. Saved queries are the :_SavedQuery nodes that the API's
// user-queries repository keeps; a restore MERGEs them by id, so running it twice changes nothing the second time.
import type { Driver } from 'neo4j-driver';
import type { BackedUpQuery } from './user-data.schema';

const TIMEOUT = { timeout: 120_000 };

const READ_SAVED_QUERIES = `
MATCH (q:_SavedQuery)
RETURN q.id AS id, q.title AS title, q.description AS description, q.cypher AS cypher, q.paramsJson AS paramsJson,
       toString(q.createdAt) AS createdAt
ORDER BY q.id`;

const MERGE_SAVED_QUERIES = `
UNWIND $queries AS given
MERGE (q:_SavedQuery {id: given.id})
WITH q, given, q.title IS NULL AS created
SET q.title = given.title, q.description = given.description, q.cypher = given.cypher,
    q.paramsJson = given.paramsJson,
    q.createdAt = coalesce(datetime(given.createdAt), q.createdAt, datetime())
RETURN count(CASE WHEN created THEN 1 END) AS created, count(*) AS total`;

export async function readSavedQueries(driver: Driver, database?: string): Promise<BackedUpQuery[]> {
  const result = await driver.executeQuery(
    READ_SAVED_QUERIES,
    {},
    { database, routing: 'READ', transactionConfig: TIMEOUT },
  );
  return result.records.map((record) => ({
    id: String(record.get('id')),
    title: String(record.get('title') ?? record.get('id')),
    description: String(record.get('description') ?? ''),
    cypher: String(record.get('cypher') ?? ''),
    params: JSON.parse(String(record.get('paramsJson') ?? '[]')) as BackedUpQuery['params'],
    createdAt: (record.get('createdAt') as string | null) ?? null,
  }));
}

/** Creates or updates every query by id in one transaction; returns how many were new. */
export async function mergeSavedQueries(
  driver: Driver,
  queries: BackedUpQuery[],
  database?: string,
): Promise<{ created: number; updated: number }> {
  const result = await driver.executeQuery(
    MERGE_SAVED_QUERIES,
    {
      queries: queries.map((query) => ({
        id: query.id,
        title: query.title,
        description: query.description,
        cypher: query.cypher,
        paramsJson: JSON.stringify(query.params),
        createdAt: query.createdAt,
      })),
    },
    { database, routing: 'WRITE', transactionConfig: TIMEOUT },
  );
  const created = Number(result.records[0]?.get('created') ?? 0);
  return { created, updated: Number(result.records[0]?.get('total') ?? 0) - created };
}
