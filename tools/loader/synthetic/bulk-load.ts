// Loads a synthetic news graph of about `nodes` nodes: the batches of the model in order (nodes, then
// relationships), a few transactions in flight at once, skipping batches an earlier run already wrote. Reports
// progress as it goes and names the batch that failed, if one does.
import type { Driver } from 'neo4j-driver';
import { BulkLoadError } from './bulk-load-error';
import { awaitIndexes, readLoadedBatches, readSyntheticGraphs, writeBatch } from './bulk-load.repository';
import { syntheticSizes, type SyntheticSizes } from './news-graph-model';
import { batchKey, syntheticBatches, type Batch } from './news-graph-rows';

export interface BulkLoadOptions {
  nodes: number;
  database?: string;
  /** Rows per transaction. */
  batchSize?: number;
  /** Transactions in flight at once. */
  concurrency?: number;
  signal?: AbortSignal;
  onProgress?: (progress: BulkLoadProgress) => void;
}

export interface BulkLoadProgress {
  /** Nodes and relationships written or found written so far, and in all. */
  done: number;
  total: number;
  phase: 'nodes' | 'relationships' | 'indexes';
}

export interface BulkLoadReport {
  sizes: SyntheticSizes;
  nodes: number;
  relationships: number;
  /** Elements written by this run (skipped batches are not counted), and the time it took. */
  written: number;
  skippedBatches: number;
  ms: number;
}

export const DEFAULT_BATCH_SIZE = 20_000;

/** The graph's name, kept on its batch markers: one size, one graph. */
export function syntheticGraphName(nodes: number): string {
  return `synthetic-${nodes}`;
}

export async function bulkLoadSyntheticGraph(driver: Driver, options: BulkLoadOptions): Promise<BulkLoadReport> {
  const started = performance.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const graph = syntheticGraphName(options.nodes);
  const others = (await readSyntheticGraphs(driver, options.database)).filter((name) => name !== graph);
  if (others.length > 0) {
    throw new Error(
      `The database already holds another synthetic graph (${others.join(', ')}), whose ids would clash with this ` +
        'one. Delete it first with "npm run load:synthetic -- --delete".',
    );
  }
  const sizes = syntheticSizes(options.nodes);
  // The exact relationship count is only known after generating them all; the progress total uses the model's mean.
  const totals = { nodes: countNodes(sizes), relationships: Math.round(options.nodes * RELATIONSHIPS_PER_NODE) };
  const loaded = await readLoadedBatches(driver, graph, options.database);
  const progress: BulkLoadProgress = { done: 0, total: totals.nodes + totals.relationships, phase: 'nodes' };
  const report = { sizes, nodes: totals.nodes, relationships: totals.relationships, written: 0, skippedBatches: 0 };

  const inFlight = new Set<Promise<void>>();
  let failure: BulkLoadError | undefined;
  const write = async (batch: Batch, key: string): Promise<void> => {
    try {
      const created = await writeBatch(driver, batch, { graph, batch: key }, options.database);
      report.written += created;
      progress.done += created;
      options.onProgress?.(progress);
    } catch (error) {
      failure ??= new BulkLoadError(key, describe(batch), error instanceof Error ? error.message : String(error));
    }
  };
  for (const batch of syntheticBatches(sizes, batchSize)) {
    if (failure) break;
    options.signal?.throwIfAborted();
    const key = batchKey(batch);
    if (loaded.has(key)) {
      report.skippedBatches += 1;
      progress.done += batch.rows.length;
      continue;
    }
    if (batch.kind === 'relationships' && progress.phase === 'nodes') {
      // Every node must exist before a relationship names it.
      await Promise.all(inFlight);
      progress.phase = 'relationships';
    }
    const writing = write(batch, key).finally(() => inFlight.delete(writing));
    inFlight.add(writing);
    if (inFlight.size >= (options.concurrency ?? 2)) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failure) throw failure;
  report.relationships = progress.done - totals.nodes;
  progress.total = progress.done;
  progress.phase = 'indexes';
  options.onProgress?.(progress);
  await awaitIndexes(driver, 600, options.database);
  return { ...report, ms: performance.now() - started };
}

/** Relationships per node in the model (4.93 at 100k and at 1M nodes), for progress before the exact count is known. */
const RELATIONSHIPS_PER_NODE = 4.93;

function countNodes(sizes: SyntheticSizes): number {
  return Object.values(sizes).reduce((sum, size) => sum + size, 0);
}

function describe(batch: Batch): string {
  if (batch.kind === 'nodes') {
    const ids = batch.rows.map((row) => String(row.id));
    return `${batch.rows.length} ${batch.label} nodes, ${ids[0]} … ${ids[ids.length - 1]}`;
  }
  const froms = batch.rows.map((row) => row.from);
  return `${batch.rows.length} ${batch.relationship} relationships, from ${froms[0]} … ${froms[froms.length - 1]}`;
}
