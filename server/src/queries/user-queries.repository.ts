// Stores the queries users save as :_SavedQuery nodes, apart from the knowledge graph (no relationships, a label
// every graph view hides). Parameters are kept as a JSON string property.
import type { Driver, Node } from 'neo4j-driver';
import { queryConfig, type QueryTarget } from '../db/query-target';
import type { SavedQuery, SavedQueryParam } from './queries.schema';

export const MAX_USER_QUERIES = 1_000;

const LIST_QUERY = 'MATCH (q:_SavedQuery) RETURN q ORDER BY q.title, q.id';
const GET_QUERY = 'MATCH (q:_SavedQuery {id: $id}) RETURN q';
const IDS_LIKE_QUERY = 'MATCH (q:_SavedQuery) WHERE q.id = $id OR q.id STARTS WITH $prefix RETURN collect(q.id) AS ids';
const CREATE_QUERY = `
OPTIONAL MATCH (existing:_SavedQuery {id: $id})
WITH existing, COUNT { (:_SavedQuery) } AS stored
WHERE existing IS NULL AND stored < $max
CREATE (q:_SavedQuery {id: $id, title: $title, description: $description, cypher: $cypher,
                       paramsJson: $paramsJson, createdAt: datetime()})
RETURN q`;
const DELETE_QUERY = 'MATCH (q:_SavedQuery {id: $id}) DELETE q RETURN count(*) AS deleted';

export async function listUserQueries(driver: Driver, target: QueryTarget): Promise<SavedQuery[]> {
  const result = await driver.executeQuery(LIST_QUERY, {}, queryConfig(target));
  return result.records.map((record) => fromNode(record.get('q') as Node));
}

export async function readUserQuery(driver: Driver, id: string, target: QueryTarget): Promise<SavedQuery | undefined> {
  const result = await driver.executeQuery(GET_QUERY, { id }, queryConfig(target));
  const record = result.records[0];
  return record ? fromNode(record.get('q') as Node) : undefined;
}

/** Ids already taken that equal `id` or start with `id-`, to derive a free one. */
export async function readTakenIds(driver: Driver, id: string, target: QueryTarget): Promise<string[]> {
  const result = await driver.executeQuery(IDS_LIKE_QUERY, { id, prefix: `${id}-` }, queryConfig(target));
  return (result.records[0]?.get('ids') as string[] | undefined) ?? [];
}

/** Creates the query unless its id is taken or the store is full; returns whether it was created. */
export async function createUserQuery(driver: Driver, query: SavedQuery, target: QueryTarget): Promise<boolean> {
  const result = await driver.executeQuery(
    CREATE_QUERY,
    {
      id: query.id,
      title: query.title,
      description: query.description,
      cypher: query.cypher,
      paramsJson: JSON.stringify(query.params),
      max: MAX_USER_QUERIES,
    },
    queryConfig(target, 'WRITE'),
  );
  return result.records.length > 0;
}

export async function deleteUserQuery(driver: Driver, id: string, target: QueryTarget): Promise<boolean> {
  const result = await driver.executeQuery(DELETE_QUERY, { id }, queryConfig(target, 'WRITE'));
  return Number(result.records[0]?.get('deleted') ?? 0) > 0;
}

function fromNode(node: Node): SavedQuery {
  const p = node.properties as Record<string, unknown>;
  return {
    id: String(p.id),
    title: String(p.title ?? p.id),
    description: String(p.description ?? ''),
    params: JSON.parse(String(p.paramsJson ?? '[]')) as SavedQueryParam[],
    cypher: String(p.cypher ?? ''),
    source: 'user',
  };
}
