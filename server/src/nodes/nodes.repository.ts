// Finds a node by its stable id and reads its degree and its neighbours. The node is looked up label by label
// (each label has an index on `id`); labels and relationship types come only from the vocabulary allow-list and are
// quoted; everything else is a parameter. Shaped for hubs: degrees come from Neo4j's degree store and a page of
// neighbours reads only as far as it needs (see readNeighborhood).
import neo4j, { type Driver, type Node, type Relationship } from 'neo4j-driver';
import { quoteName } from '../graph/cypher-name';
import { findNodeByIdClause } from '../graph/find-node-by-id.repository';
import type { QueryTarget } from '../db/query-target';
import { readOnce } from '../db/read-once';
import { HIDDEN_LABEL_PREFIX } from '../graph/hidden-labels';
import { toJsonScalar } from '../graph/to-json-value';

export interface NodeDegree {
  node: Node;
  degreeByType: Record<string, number>;
}

/**
 * Above this many relationships a node's neighbour total is its relationship count (from Neo4j's degree store, no
 * expansion) rather than the exact number of distinct neighbours, which would mean reading every relationship.
 */
export const EXACT_TOTAL_UP_TO = 5_000;

/** `[:A|B]`, or nothing for "any type": typed patterns let Neo4j expand only those types of a dense node. */
function typePattern(types: readonly string[] | undefined): string {
  return types?.length ? `:${types.map(quoteName).join('|')}` : '';
}

export async function readNodeDegree(
  driver: Driver,
  options: { id: string; labels: string[]; relationshipTypes: string[]; target: QueryTarget },
): Promise<NodeDegree | undefined> {
  if (options.labels.length === 0) return undefined;
  // One degree lookup per type (constant time on dense nodes) instead of expanding every relationship.
  const perType = options.relationshipTypes.map((type, i) => `[$types[${i}], COUNT { (n)-[:${quoteName(type)}]-() }]`);
  const query = `${findNodeByIdClause(options.labels)}
    RETURN n, [${perType.join(', ')}] AS degrees`;
  const result = await readOnce(driver, query, { id: options.id, types: options.relationshipTypes }, options.target);
  const record = result.records[0];
  if (!record) return undefined;
  const degrees = (record.get('degrees') as [string, unknown][]).filter(([, count]) => Number(toJsonScalar(count)) > 0);
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

/**
 * A page of a node's neighbours in the order Neo4j stores its relationships (stable while the graph does not change):
 * reading stops after `skip + limit` distinct neighbours, so a hub's first page costs what an ordinary node's does.
 * The relationships to the page's neighbours are found from those neighbours' side.
 */
export async function readNeighborhood(
  driver: Driver,
  options: { id: string; labels: string[]; types?: string[]; limit: number; skip: number; target: QueryTarget },
): Promise<Neighborhood | undefined> {
  if (options.labels.length === 0) return undefined;
  const types = typePattern(options.types);
  const visible = 'none(label IN labels(m) WHERE label STARTS WITH $hiddenPrefix)';
  const query = `${findNodeByIdClause(options.labels)}
    WITH n, COUNT { (n)-[${types}]-() } AS degree
    CALL (n, degree) {
      WITH n WHERE degree <= $exactUpTo
      MATCH (n)-[${types}]-(m) WHERE ${visible}
      RETURN count(DISTINCT m) AS exact
    }
    CALL (n) {
      MATCH (n)-[${types}]-(m) WHERE ${visible}
      WITH DISTINCT m SKIP $skip LIMIT $limit
      RETURN collect(m) AS neighbors
    }
    CALL (n, neighbors) {
      UNWIND neighbors AS m
      MATCH (n)-[r${types}]-(m)
      RETURN collect(DISTINCT r) AS relationships
    }
    RETURN n, CASE WHEN degree <= $exactUpTo THEN exact ELSE degree END AS total, neighbors, relationships`;
  const result = await readOnce(
    driver,
    query,
    {
      id: options.id,
      hiddenPrefix: HIDDEN_LABEL_PREFIX,
      exactUpTo: neo4j.int(EXACT_TOTAL_UP_TO),
      skip: neo4j.int(options.skip),
      limit: neo4j.int(options.limit),
    },
    options.target,
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
