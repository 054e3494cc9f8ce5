// The bulk loader's Cypher: one parameterised UNWIND per batch, in one transaction with the batch's marker (a
// `:_LoadedBatch` node), so a batch is either fully written and marked or not at all. Node batches return the element
// ids of the nodes they create; relationship batches find both ends by element id, a direct seek in the node store
// (NodeByElementIdSeek), not a lookup in the `id` index. Labels, relationship types and property keys come from the
// fixed tables of the model, never from input; ids, properties and batch names are parameters.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { SYNTHETIC_LABELS, syntheticIdPrefix, type SyntheticLabel } from './news-graph-model';
import { NODE_PROPERTIES, RELATIONSHIP_KINDS, type NodeRow, type RelationshipKind } from './news-graph-rows';

const MARK_BATCH = 'CREATE (:_LoadedBatch {graph: $graph, batch: $batch})';

/** A relationship to write: the element ids of its two ends, and its properties. */
export interface RelationshipByElementIds {
  start: string;
  end: string;
  properties: Record<string, string>;
}

export interface BatchMarker {
  graph: string;
  batch: string;
}

// JavaScript numbers arrive as floats; claim figures are integers, as in the seed graph.
const INTEGER_PROPERTIES: ReadonlySet<string> = new Set(['countMin', 'countMax']);

export const createNodes = (label: SyntheticLabel) => {
  // Properties named in the pattern: cheaper for Neo4j than `SET n = row`, which first clears the (new) node's map.
  const map = NODE_PROPERTIES[label]
    .map((key) => `${key}: ${INTEGER_PROPERTIES.has(key) ? `toInteger(row.${key})` : `row.${key}`}`)
    .join(', ');
  return `UNWIND $rows AS row CREATE (n:${label} {${map}}) RETURN row.id AS id, elementId(n) AS elementId`;
};

export const createRelationships = (kind: RelationshipKind) => {
  const { from, type, to, properties } = RELATIONSHIP_KINDS[kind];
  // Properties named in the pattern (not `SET r = row.properties`, whose read/set conflict makes Neo4j buffer the
  // whole batch in an Eager operator first).
  const map = properties.map((key) => `${key}: row.properties.${key}`).join(', ');
  return `UNWIND $rows AS row
    MATCH (a:${from}) WHERE elementId(a) = row.start
    MATCH (b:${to}) WHERE elementId(b) = row.end
    CREATE (a)-[:${type}${map ? ` {${map}}` : ''}]->(b)`;
};

/** Bulk transactions get minutes, not the 30 s meant for users' queries. */
const WRITE = { routing: 'WRITE', transactionConfig: { timeout: 300_000 } } as const;

/** Writes one batch of nodes and its marker; returns each new node's id with its element id. */
export async function writeNodeBatch(
  driver: Driver,
  label: SyntheticLabel,
  rows: NodeRow[],
  marker: BatchMarker,
  database?: string,
): Promise<Array<[id: string, elementId: string]>> {
  return inWriteTransaction(driver, database, async (tx) => {
    const result = await tx.run(createNodes(label), { rows });
    const created = result.records.map((record): [string, string] => [record.get('id'), record.get('elementId')]);
    if (created.length !== rows.length) {
      throw new Error(`only ${created.length} of its ${rows.length} nodes were written`);
    }
    await tx.run(MARK_BATCH, marker);
    return created;
  });
}

/** Writes one batch of relationships and its marker; returns how many were created. */
export async function writeRelationshipBatch(
  driver: Driver,
  kind: RelationshipKind,
  rows: RelationshipByElementIds[],
  marker: BatchMarker,
  database?: string,
): Promise<number> {
  return inWriteTransaction(driver, database, async (tx) => {
    const result = await tx.run(createRelationships(kind), { rows });
    const created = result.summary.counters.updates().relationshipsCreated;
    if (created !== rows.length) {
      throw new Error(`only ${created} of its ${rows.length} rows were written: a node they join is missing`);
    }
    await tx.run(MARK_BATCH, marker);
    return created;
  });
}

async function inWriteTransaction<T>(
  driver: Driver,
  database: string | undefined,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(work, WRITE.transactionConfig);
  } finally {
    await session.close();
  }
}

/**
 * Streams the id and element id of every synthetic node of `label` already in the database (an earlier run's), row
 * by row rather than as one array, so a million of them never sit in memory twice.
 */
export async function readElementIds(
  driver: Driver,
  label: SyntheticLabel,
  onNode: (id: string, elementId: string) => void,
  database?: string,
): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    await session.executeRead(async (tx) => {
      const result = tx.run(
        `MATCH (n:${label}) WHERE n.id STARTS WITH $prefix RETURN n.id AS id, elementId(n) AS elementId`,
        { prefix: syntheticIdPrefix(label) },
      );
      for await (const record of result) onNode(record.get('id'), record.get('elementId'));
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

export interface IndexState {
  name: string;
  state: string;
  populationPercent: number;
}

/** Every index's state (`POPULATING`, `ONLINE`, `FAILED`) and how far its population is, one short read. */
export async function readIndexStates(driver: Driver, database?: string): Promise<IndexState[]> {
  const result = await driver.executeQuery(
    'SHOW INDEXES YIELD name, state, populationPercent RETURN name, state, populationPercent',
    {},
    { database, routing: 'READ' },
  );
  return result.records.map((record) => ({
    name: String(record.get('name')),
    state: String(record.get('state')),
    populationPercent: Number(record.get('populationPercent')),
  }));
}

/**
 * Sets `key` to an empty list on every `label` node without it, in transactions of 50,000 nodes. Neo4j's importer
 * never stores an empty list (it leaves the property out), where the UNWIND loader and the seed graph write `[]`.
 * Label and key come from the model's tables, never from input.
 */
export async function fillEmptyList(driver: Driver, label: SyntheticLabel, key: string, database?: string) {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction (session.run), not a managed one.
    await session.run(
      `MATCH (n:${label}) WHERE n.${key} IS NULL CALL (n) { SET n.${key} = [] } IN TRANSACTIONS OF 50000 ROWS`,
      {},
      WRITE.transactionConfig,
    );
  } finally {
    await session.close();
  }
}
