// The bulk loader's Cypher: one parameterised UNWIND per batch, in one transaction with the batch's marker (a
// `:_LoadedBatch` node), so a batch is either fully written and marked or not at all. Labels and relationship types
// come from the fixed tables of the model, never from input; ids, properties and batch names are parameters.
import neo4j, { type Driver } from 'neo4j-driver';
import { SYNTHETIC_LABELS, syntheticIdPrefix, type SyntheticLabel } from './news-graph-model';
import { RELATIONSHIP_KINDS, type Batch, type RelationshipKind } from './news-graph-rows';

const MARK_BATCH = 'CREATE (:_LoadedBatch {graph: $graph, batch: $batch})';

const createNodes = (label: SyntheticLabel) =>
  // JavaScript numbers arrive as floats; claim figures are integers, as in the seed graph.
  `UNWIND $rows AS row CREATE (n:${label}) SET n = row` +
  (label === 'Claim' ? ', n.countMin = toInteger(row.countMin), n.countMax = toInteger(row.countMax)' : '');

const createRelationships = (kind: RelationshipKind) => {
  const { from, type, to, properties } = RELATIONSHIP_KINDS[kind];
  // Properties named in the pattern (not `SET r = row.properties`, whose read/set conflict makes Neo4j buffer the
  // whole batch in an Eager operator first).
  const map = properties.map((key) => `${key}: row.properties.${key}`).join(', ');
  return `UNWIND $rows AS row
    MATCH (a:${from} {id: row.from}) MATCH (b:${to} {id: row.to})
    CREATE (a)-[:${type}${map ? ` {${map}}` : ''}]->(b)`;
};

const WRITE = { routing: 'WRITE', transactionConfig: { timeout: 300_000 } } as const;

/** Writes one batch and its marker; returns how many nodes or relationships were created. */
export async function writeBatch(
  driver: Driver,
  batch: Batch,
  marker: { graph: string; batch: string },
  database?: string,
): Promise<number> {
  const query = batch.kind === 'nodes' ? createNodes(batch.label) : createRelationships(batch.relationship);
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(async (tx) => {
      const result = await tx.run(query, { rows: batch.rows });
      const counters = result.summary.counters.updates();
      const created = batch.kind === 'nodes' ? counters.nodesCreated : counters.relationshipsCreated;
      if (created !== batch.rows.length) {
        throw new Error(`only ${created} of its ${batch.rows.length} rows were written: a node they join is missing`);
      }
      await tx.run(MARK_BATCH, marker);
      return created;
    }, WRITE.transactionConfig);
  } finally {
    await session.close();
  }
}

/** The batches of `graph` already written by an earlier run. */
export async function readLoadedBatches(driver: Driver, graph: string, database?: string): Promise<Set<string>> {
  const result = await driver.executeQuery(
    'MATCH (b:_LoadedBatch {graph: $graph}) RETURN b.batch AS batch',
    { graph },
    { database, routing: 'READ' },
  );
  return new Set(result.records.map((record) => String(record.get('batch'))));
}

/** Names of the synthetic graphs (e.g. `synthetic-1000000`) that have batches in the database. */
export async function readSyntheticGraphs(driver: Driver, database?: string): Promise<string[]> {
  const result = await driver.executeQuery(
    'MATCH (b:_LoadedBatch) RETURN DISTINCT b.graph AS graph ORDER BY graph',
    {},
    { database, routing: 'READ' },
  );
  return result.records.map((record) => String(record.get('graph')));
}

/** Deletes every synthetic node (with its relationships) and every batch marker, a bounded number per transaction. */
export async function deleteSyntheticGraph(
  driver: Driver,
  options: { database?: string; onDeleted?: (count: number) => void } = {},
): Promise<number> {
  let total = 0;
  for (const label of SYNTHETIC_LABELS) {
    for (;;) {
      // Hubs have tens of thousands of relationships: small batches keep each transaction's memory bounded.
      const result = await driver.executeQuery(
        `MATCH (n:${label}) WHERE n.id STARTS WITH $prefix WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted`,
        { prefix: syntheticIdPrefix(label), batch: neo4j.int(2_000) },
        { database: options.database, ...WRITE },
      );
      const deleted = neo4j.integer.toNumber(result.records[0]?.get('deleted') ?? 0);
      if (deleted === 0) break;
      total += deleted;
      options.onDeleted?.(total);
    }
  }
  await driver.executeQuery('MATCH (b:_LoadedBatch) DELETE b', {}, { database: options.database, ...WRITE });
  return total;
}

/** Waits until every index (the full-text one above all) has taken in the new nodes. */
export async function awaitIndexes(driver: Driver, seconds: number, database?: string): Promise<void> {
  await driver.executeQuery('CALL db.awaitIndexes($seconds)', { seconds: neo4j.int(seconds) }, { database });
}
