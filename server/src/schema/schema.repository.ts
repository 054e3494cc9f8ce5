// Counts nodes per label and relationships per type from Neo4j's count store (constant time, no scan), and lists
// the property keys. Names come from the vocabulary allow-list and are quoted. Each count is aggregated alone
// (`WITH count(n) AS count`) before the name is added: an aggregation with any other column, even a constant, is
// planned as a scan of every node or relationship instead of one count-store read (see PROFILE).
import type { Driver } from 'neo4j-driver';
import { queryConfig, type QueryTarget } from '../db/query-target';
import { quoteName } from '../graph/cypher-name';
import { toJsonScalar } from '../graph/to-json-value';

export interface NameCount {
  name: string;
  count: number;
}

export async function countLabels(driver: Driver, labels: string[], target: QueryTarget): Promise<NameCount[]> {
  if (labels.length === 0) return [];
  const query = labels
    .map((label, i) => `MATCH (n:${quoteName(label)}) WITH count(n) AS count RETURN $names[${i}] AS name, count`)
    .join(' UNION ALL ');
  return runCounts(driver, query, labels, target);
}

export async function countRelationshipTypes(
  driver: Driver,
  types: string[],
  target: QueryTarget,
): Promise<NameCount[]> {
  if (types.length === 0) return [];
  const query = types
    .map((type, i) => `MATCH ()-[r:${quoteName(type)}]->() WITH count(r) AS count RETURN $names[${i}] AS name, count`)
    .join(' UNION ALL ');
  return runCounts(driver, query, types, target);
}

export async function readPropertyKeys(driver: Driver, target: QueryTarget): Promise<string[]> {
  const result = await driver.executeQuery(
    'CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey',
    {},
    queryConfig(target),
  );
  return result.records.map((record) => String(record.get('propertyKey')));
}

async function runCounts(driver: Driver, query: string, names: string[], target: QueryTarget): Promise<NameCount[]> {
  const result = await driver.executeQuery(query, { names }, queryConfig(target));
  return result.records.map((record) => ({
    name: String(record.get('name')),
    count: Number(toJsonScalar(record.get('count'))),
  }));
}
