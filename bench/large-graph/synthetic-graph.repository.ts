// Writes the large-graph bench's synthetic graph and deletes it again: parameterised Cypher, one UNWIND per batch
// and one transaction per batch. Labels and relationship types are fixed in this file (one query per kind), never
// taken from input; ids, properties and batch sizes are parameters.
import neo4j, { type Driver } from 'neo4j-driver';
import { SYNTHETIC_ID_PREFIX, type SyntheticLabel } from './synthetic-graph';
import type { NodeBatch, RelationshipBatch, RelationshipKind } from './synthetic-rows';

const CREATE_NODES: Record<SyntheticLabel, string> = {
  Person: 'UNWIND $rows AS row CREATE (n:Person) SET n = row',
  Agency: 'UNWIND $rows AS row CREATE (n:Agency) SET n = row',
  Place: 'UNWIND $rows AS row CREATE (n:Place) SET n = row',
  Article: 'UNWIND $rows AS row CREATE (n:Article) SET n = row',
  // JavaScript numbers arrive as floats; claim figures are integers, as in the seed graph.
  Claim: `UNWIND $rows AS row CREATE (n:Claim) SET n = row,
    n.countMin = toInteger(row.countMin), n.countMax = toInteger(row.countMax)`,
};

const createRelationships = (from: string, type: string, to: string) =>
  `UNWIND $rows AS row
   MATCH (a:${from} {id: row.from})
   MATCH (b:${to} {id: row.to})
   CREATE (a)-[r:${type}]->(b) SET r = row.properties`;

const CREATE_RELATIONSHIPS: Record<RelationshipKind, string> = {
  'CLAIMED:Person': createRelationships('Person', 'CLAIMED', 'Claim'),
  'CLAIMED:Agency': createRelationships('Agency', 'CLAIMED', 'Claim'),
  'ABOUT:Place': createRelationships('Claim', 'ABOUT', 'Place'),
  'ABOUT:Person': createRelationships('Claim', 'ABOUT', 'Person'),
  REPORTS: createRelationships('Article', 'REPORTS', 'Claim'),
  PUBLISHED_BY: createRelationships('Article', 'PUBLISHED_BY', 'Agency'),
  MEMBER_OF: createRelationships('Person', 'MEMBER_OF', 'Agency'),
};

/** Deletes a bounded number of synthetic nodes (with their relationships) per transaction, so memory stays flat. */
const deleteSome = (label: SyntheticLabel) =>
  `MATCH (n:${label}) WHERE n.id STARTS WITH $prefix WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted`;

const findOne = (label: SyntheticLabel) =>
  `MATCH (n:${label}) WHERE n.id STARTS WITH $prefix RETURN n.id AS id LIMIT 1`;

const WRITE = { routing: 'WRITE', transactionConfig: { timeout: 120_000 } } as const;

export async function writeNodeBatch(driver: Driver, batch: NodeBatch, database?: string): Promise<void> {
  await driver.executeQuery(CREATE_NODES[batch.label], { rows: batch.rows }, { ...WRITE, database });
}

export async function writeRelationshipBatch(driver: Driver, batch: RelationshipBatch, database?: string) {
  const result = await driver.executeQuery(
    CREATE_RELATIONSHIPS[batch.kind],
    { rows: batch.rows },
    { ...WRITE, database },
  );
  const created = result.summary.counters.updates().relationshipsCreated;
  if (created !== batch.rows.length) {
    throw new Error(
      `Only ${created} of ${batch.rows.length} ${batch.kind} relationships were written: a node they join is missing.`,
    );
  }
}

/** Waits until every index (the full-text one above all) has taken in the new nodes, so search is timed fairly. */
export async function awaitIndexes(driver: Driver, seconds: number, database?: string): Promise<void> {
  await driver.executeQuery('CALL db.awaitIndexes($seconds)', { seconds: neo4j.int(seconds) }, { database });
}

export async function hasSyntheticNodes(driver: Driver, labels: readonly SyntheticLabel[], database?: string) {
  for (const label of labels) {
    const result = await driver.executeQuery(
      findOne(label),
      { prefix: SYNTHETIC_ID_PREFIX },
      { database, routing: 'READ' },
    );
    if (result.records.length > 0) return true;
  }
  return false;
}

export async function deleteSyntheticNodes(
  driver: Driver,
  labels: readonly SyntheticLabel[],
  database?: string,
): Promise<number> {
  let deleted = 0;
  for (const label of labels) {
    for (;;) {
      const result = await driver.executeQuery(
        deleteSome(label),
        { prefix: SYNTHETIC_ID_PREFIX, batch: neo4j.int(5_000) },
        { ...WRITE, database },
      );
      const count = neo4j.integer.toNumber(result.records[0]?.get('deleted') ?? 0);
      deleted += count;
      if (count === 0) break;
    }
  }
  return deleted;
}
