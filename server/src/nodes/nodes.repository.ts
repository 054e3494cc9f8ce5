// Finds a node by its stable id and reads its degree and its neighbours. The node is looked up label by label
// (each label has an index on `id`), with labels only from the vocabulary allow-list; relationship type filters
// and the hidden-label prefix are parameters.
import neo4j, { type Driver, type Node, type Relationship } from 'neo4j-driver';
import { findNodeByIdClause } from '../graph/find-node-by-id';
import { HIDDEN_LABEL_PREFIX } from '../graph/graph-vocabulary';
import { toJsonScalar } from '../graph/to-json-value';

const TIMEOUT = { timeout: 10_000 };

export interface NodeDegree {
  node: Node;
  degreeByType: Record<string, number>;
}

export async function readNodeDegree(
  driver: Driver,
  options: { id: string; labels: string[]; database?: string },
): Promise<NodeDegree | undefined> {
  if (options.labels.length === 0) return undefined;
  const query = `${findNodeByIdClause(options.labels)}
    OPTIONAL MATCH (n)-[r]-()
    WITH n, type(r) AS type, count(r) AS count
    RETURN n, collect(CASE WHEN type IS NULL THEN null ELSE [type, count] END) AS degrees`;
  const result = await driver.executeQuery(
    query,
    { id: options.id },
    { database: options.database, routing: 'READ', transactionConfig: TIMEOUT },
  );
  const record = result.records[0];
  if (!record) return undefined;
  const degrees = record.get('degrees') as [string, unknown][];
  return {
    node: record.get('n') as Node,
    degreeByType: Object.fromEntries(degrees.map(([type, count]) => [type, Number(toJsonScalar(count))])),
  };
}

export interface Neighborhood {
  node: Node;
  neighbors: Node[];
  relationships: Relationship[];
  total: number;
}

export async function readNeighborhood(
  driver: Driver,
  options: { id: string; labels: string[]; types?: string[]; limit: number; skip: number; database?: string },
): Promise<Neighborhood | undefined> {
  if (options.labels.length === 0) return undefined;
  const matchNeighbors = `MATCH (n)-[r]-(m)
      WHERE ($types IS NULL OR type(r) IN $types) AND none(label IN labels(m) WHERE label STARTS WITH $hiddenPrefix)`;
  const query = `${findNodeByIdClause(options.labels)}
    CALL (n) { ${matchNeighbors} RETURN count(DISTINCT m) AS total }
    CALL (n) {
      ${matchNeighbors}
      WITH DISTINCT m ORDER BY m.id, elementId(m) SKIP $skip LIMIT $limit
      RETURN collect(m) AS neighbors
    }
    CALL (n, neighbors) {
      MATCH (n)-[r]-(m) WHERE m IN neighbors AND ($types IS NULL OR type(r) IN $types)
      RETURN collect(DISTINCT r) AS relationships
    }
    RETURN n, total, neighbors, relationships`;
  const result = await driver.executeQuery(
    query,
    {
      id: options.id,
      types: options.types ?? null,
      hiddenPrefix: HIDDEN_LABEL_PREFIX,
      skip: neo4j.int(options.skip),
      limit: neo4j.int(options.limit),
    },
    { database: options.database, routing: 'READ', transactionConfig: TIMEOUT },
  );
  const record = result.records[0];
  if (!record) return undefined;
  return {
    node: record.get('n') as Node,
    neighbors: record.get('neighbors') as Node[],
    relationships: record.get('relationships') as Relationship[],
    total: Number(toJsonScalar(record.get('total'))),
  };
}
