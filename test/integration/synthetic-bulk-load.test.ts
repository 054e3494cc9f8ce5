// The synthetic graph's bulk loader against the real test Neo4j: relationships joined by the element ids the node
// batches return, a resume that reads an earlier run's nodes back, and a clear error naming the batch when a node
// it needs is gone. Every test leaves the database as it found it (the seed graph alone).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { BulkLoadError } from '../../tools/loader/synthetic/bulk-load-error';
import { bulkLoadSyntheticGraph, type BulkLoadProgress } from '../../tools/loader/synthetic/bulk-load';
import {
  createRelationships,
  deleteSyntheticGraph,
  readLoadedBatches,
} from '../../tools/loader/synthetic/bulk-load.repository';
import { syntheticSizes } from '../../tools/loader/synthetic/news-graph-model';
import { syntheticBatches, type RelationshipRow } from '../../tools/loader/synthetic/news-graph-rows';
import { testDriver } from '../setup/test-neo4j';

const driver = testDriver();
const NODES = 1_000;
const BATCH_SIZE = 400;
const sizes = syntheticSizes(NODES);
const batches = [...syntheticBatches(sizes, BATCH_SIZE)];
const expected = {
  nodes: Object.values(sizes).reduce((sum, size) => sum + size, 0),
  relationships: batches.reduce((sum, batch) => sum + (batch.kind === 'relationships' ? batch.rows.length : 0), 0),
};

beforeAll(async () => deleteSyntheticGraph(driver));
afterAll(async () => {
  await deleteSyntheticGraph(driver);
  await driver.close();
});

async function count(query: string): Promise<number> {
  const result = await driver.executeQuery(query, { prefix: 'synthetic-' });
  return neo4j.integer.toNumber(result.records[0]?.get('count'));
}

const syntheticNodes = () => count('MATCH (n) WHERE split(n.id, ":")[1] STARTS WITH $prefix RETURN count(n) AS count');
const syntheticRelationships = () =>
  count('MATCH (a)-[r]->() WHERE split(a.id, ":")[1] STARTS WITH $prefix RETURN count(r) AS count');

/** Loads until `stopWhen` says stop, as Ctrl-C would; resolves once the run has given up. */
async function loadUntil(stopWhen: (progress: BulkLoadProgress) => boolean): Promise<void> {
  const controller = new AbortController();
  const run = bulkLoadSyntheticGraph(driver, {
    nodes: NODES,
    batchSize: BATCH_SIZE,
    signal: controller.signal,
    onProgress: (progress) => {
      if (stopWhen(progress)) controller.abort();
    },
  });
  await expect(run).rejects.toThrow(/abort/i);
}

describe('the synthetic graph bulk loader', () => {
  it('finds both ends of a relationship by element id, a direct seek, not through an index', async () => {
    const result = await driver.executeQuery(`EXPLAIN ${createRelationships('REPORTS')}`, { rows: [] });
    const operators: string[] = [];
    const walk = (plan: { operatorType: string; children: unknown[] }): void => {
      operators.push(plan.operatorType.replace(/@.*$/, ''));
      for (const child of plan.children) walk(child as typeof plan);
    };
    walk(result.summary.plan as unknown as { operatorType: string; children: unknown[] });
    expect(operators.filter((operator) => operator === 'NodeByElementIdSeek')).toHaveLength(2);
    expect(operators.filter((operator) => /Index|Scan/.test(operator))).toEqual([]);
  });

  it('writes every node and relationship, each joining the nodes the model names', async () => {
    const report = await bulkLoadSyntheticGraph(driver, { nodes: NODES, batchSize: BATCH_SIZE });
    expect(report.written).toBe(expected.nodes + expected.relationships);
    expect(report.readBack).toBe(0);
    expect(await syntheticNodes()).toBe(expected.nodes);
    expect(await syntheticRelationships()).toBe(expected.relationships);

    // A sample of every kind, looked up by our ids: the element ids joined the right nodes.
    const sample = batches.flatMap((batch) =>
      batch.kind === 'relationships' ? batch.rows.slice(0, 3).map((row) => ({ ...row, kind: batch.relationship })) : [],
    );
    const found = await driver.executeQuery(
      `UNWIND $sample AS row
       MATCH (a {id: row.from})-[r]->(b {id: row.to})
       RETURN count(DISTINCT [row.from, row.to]) AS count`,
      { sample: sample.map(({ from, to }: RelationshipRow) => ({ from, to })) },
    );
    expect(neo4j.integer.toNumber(found.records[0]?.get('count'))).toBe(
      new Set(sample.map((row) => `${row.from} ${row.to}`)).size,
    );

    const again = await bulkLoadSyntheticGraph(driver, { nodes: NODES, batchSize: BATCH_SIZE });
    expect(again.written).toBe(0);
    expect(await syntheticRelationships()).toBe(expected.relationships);
    await deleteSyntheticGraph(driver);
  });

  it('resumes after being stopped among the nodes and again among the relationships, writing each element once', async () => {
    await loadUntil((progress) => progress.phase === 'nodes' && progress.done >= 2 * BATCH_SIZE);
    const afterNodes = await readLoadedBatches(driver, `synthetic-${NODES}`);
    expect(afterNodes.size).toBeGreaterThan(0);
    expect([...afterNodes].every((key) => key.startsWith('nodes:'))).toBe(true);

    await loadUntil((progress) => progress.phase === 'relationships' && progress.done >= expected.nodes + BATCH_SIZE);
    const afterSome = await readLoadedBatches(driver, `synthetic-${NODES}`);
    expect([...afterSome].some((key) => key.startsWith('relationships:'))).toBe(true);

    const report = await bulkLoadSyntheticGraph(driver, { nodes: NODES, batchSize: BATCH_SIZE });
    expect(report.skippedBatches).toBe(afterSome.size);
    // Every node was written by an earlier run: all of them are read back to join the relationships left.
    expect(report.readBack).toBe(expected.nodes);
    expect(await syntheticNodes()).toBe(expected.nodes);
    expect(await syntheticRelationships()).toBe(expected.relationships);
    await deleteSyntheticGraph(driver);
  });

  it('names the batch and the node when a node an earlier run wrote is gone', async () => {
    await loadUntil((progress) => progress.phase === 'reading back nodes' || progress.phase === 'relationships');
    const first = batches.find((batch) => batch.kind === 'relationships')!;
    if (first.kind !== 'relationships') throw new Error('the model has no relationships');
    const gone = first.rows[0]!.from;
    await driver.executeQuery('MATCH (n {id: $id}) DETACH DELETE n', { id: gone });

    const error = await bulkLoadSyntheticGraph(driver, { nodes: NODES, batchSize: BATCH_SIZE }).catch((e) => e);
    expect(error).toBeInstanceOf(BulkLoadError);
    expect((error as BulkLoadError).batch).toBe(`relationships:${first.relationship}#0`);
    expect((error as Error).message).toContain(`node ${gone} is not in the database`);
    await deleteSyntheticGraph(driver);
  });
});
