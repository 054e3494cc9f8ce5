// Counts nodes per label and relationships per type from Neo4j's count store (constant time, no scan), and lists
// the property keys, all in one query: one round trip and one plan where three queries in parallel sessions took
// three. Names come from the vocabulary allow-list and are quoted. Each count is aggregated alone
// (`WITH count(n) AS count`) before the name is added: an aggregation with any other column, even a constant, is
// planned as a scan of every node or relationship instead of one count-store read (see PROFILE).
import type { Driver } from 'neo4j-driver';
import type { QueryTarget } from '../db/query-target';
import { readOnce } from '../db/read-once';
import { quoteName } from '../graph/cypher-name';
import { toJsonScalar } from '../graph/to-json-value';

export interface NameCount {
  name: string;
  count: number;
}

export interface SchemaCounts {
  labels: NameCount[];
  relationshipTypes: NameCount[];
  propertyKeys: string[];
}

export async function readSchemaCounts(
  driver: Driver,
  names: { labels: string[]; relationshipTypes: string[] },
  target: QueryTarget,
): Promise<SchemaCounts> {
  const branches = [
    ...names.labels.map(
      (label, i) =>
        `MATCH (n:${quoteName(label)}) WITH count(n) AS count RETURN 'label' AS kind, $labels[${i}] AS name, count`,
    ),
    ...names.relationshipTypes.map(
      (type, i) =>
        `MATCH ()-[r:${quoteName(type)}]->() WITH count(r) AS count RETURN 'type' AS kind, $types[${i}] AS name, count`,
    ),
    "CALL db.propertyKeys() YIELD propertyKey RETURN 'key' AS kind, propertyKey AS name, 0 AS count",
  ];
  const result = await readOnce(
    driver,
    branches.join(' UNION ALL '),
    { labels: names.labels, types: names.relationshipTypes },
    target,
  );
  const counts: SchemaCounts = { labels: [], relationshipTypes: [], propertyKeys: [] };
  for (const record of result.records) {
    const name = String(record.get('name'));
    const count = Number(toJsonScalar(record.get('count')));
    const kind = record.get('kind') as 'label' | 'type' | 'key';
    if (kind === 'key') counts.propertyKeys.push(name);
    else (kind === 'label' ? counts.labels : counts.relationshipTypes).push({ name, count });
  }
  counts.propertyKeys.sort();
  return counts;
}
