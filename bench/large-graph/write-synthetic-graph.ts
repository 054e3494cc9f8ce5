// Writes the synthetic graph batch by batch, reporting progress now and then, and waits for the indexes to catch up.
// An aborted signal stops it between two batches.
import type { Driver } from 'neo4j-driver';
import { syntheticSizes, type SyntheticSizes } from './synthetic-graph';
import { awaitIndexes, writeNodeBatch, writeRelationshipBatch } from './synthetic-graph.repository';
import { nodeBatches, relationshipBatches } from './synthetic-rows';

const BATCH_SIZE = 10_000;

export interface WriteReport {
  sizes: SyntheticSizes;
  nodes: number;
  relationships: number;
  ms: number;
}

export async function writeSyntheticGraph(
  driver: Driver,
  totalNodes: number,
  options: { database?: string; signal?: AbortSignal; log: (line: string) => void },
): Promise<WriteReport> {
  const started = performance.now();
  const sizes = syntheticSizes(totalNodes);
  let nodes = 0;
  for (const batch of nodeBatches(sizes, BATCH_SIZE)) {
    options.signal?.throwIfAborted();
    await writeNodeBatch(driver, batch, options.database);
    nodes += batch.rows.length;
  }
  options.log(`  ${nodes.toLocaleString('en')} nodes written (${seconds(started)})`);
  let relationships = 0;
  let reported = 0;
  for (const batch of relationshipBatches(sizes, BATCH_SIZE)) {
    options.signal?.throwIfAborted();
    await writeRelationshipBatch(driver, batch, options.database);
    relationships += batch.rows.length;
    if (relationships - reported >= 100_000) {
      reported = relationships;
      options.log(`  ${relationships.toLocaleString('en')} relationships written (${seconds(started)})`);
    }
  }
  options.log(`  ${relationships.toLocaleString('en')} relationships written (${seconds(started)})`);
  await awaitIndexes(driver, 300, options.database);
  return { sizes, nodes, relationships, ms: performance.now() - started };
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}
