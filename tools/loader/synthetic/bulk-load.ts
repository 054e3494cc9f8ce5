// Loads a synthetic news graph of about `nodes` nodes: the batches of the model in order (nodes, then
// relationships), a few transactions in flight at once, skipping batches an earlier run already wrote. Node batches
// hand back their nodes' element ids, and relationship batches join their ends by them (an earlier run's nodes are
// read back first). Reports progress as it goes and names the batch that failed, if one does.
import type { Driver } from 'neo4j-driver';
import { BulkLoadError } from './bulk-load-error';
import {
  awaitIndexes,
  readElementIds,
  readLoadedBatches,
  readSyntheticGraphs,
  writeNodeBatch,
  writeRelationshipBatch,
} from './bulk-load.repository';
import { ElementIds } from './element-ids';
import { syntheticSizes, type SyntheticLabel, type SyntheticSizes } from './news-graph-model';
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
  phase: 'nodes' | 'reading back nodes' | 'relationships' | 'indexes';
}

export interface BulkLoadReport {
  sizes: SyntheticSizes;
  nodes: number;
  relationships: number;
  /** Elements written by this run (skipped batches are not counted), and the time it took. */
  written: number;
  skippedBatches: number;
  /** Nodes of an earlier run whose element ids were read back to resume the relationships. */
  readBack: number;
  ms: number;
}

/**
 * Rows per transaction. Neo4j keeps a transaction's changes on its heap until the commit, and every young
 * collection copies them: at 400k nodes, 20,000-row batches cost 27.5 CPU-seconds of GC, 10,000-row ones 10.
 */
export const DEFAULT_BATCH_SIZE = 10_000;

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
  const report = {
    sizes,
    nodes: totals.nodes,
    relationships: totals.relationships,
    written: 0,
    skippedBatches: 0,
    readBack: 0,
  };
  const elementIds = new ElementIds();
  /** Labels with node batches written by an earlier run: their element ids must be read back. */
  const earlierLabels = new Set<SyntheticLabel>();

  const inFlight = new Set<Promise<void>>();
  let failure: BulkLoadError | undefined;
  const write = async (batch: Batch, key: string): Promise<void> => {
    try {
      const marker = { graph, batch: key };
      let created: number;
      if (batch.kind === 'nodes') {
        const nodes = await writeNodeBatch(driver, batch.label, batch.rows, marker, options.database);
        for (const [id, elementId] of nodes) elementIds.set(id, elementId);
        created = nodes.length;
      } else {
        const rows = batch.rows.map((row) => ({
          start: elementIds.get(row.from),
          end: elementIds.get(row.to),
          properties: row.properties,
        }));
        created = await writeRelationshipBatch(driver, batch.relationship, rows, marker, options.database);
      }
      report.written += created;
      progress.done += created;
      options.onProgress?.(progress);
    } catch (error) {
      failure ??= new BulkLoadError(key, describe(batch), error instanceof Error ? error.message : String(error));
    }
  };
  try {
    await writeBatches();
  } finally {
    // Stopped or failed: the transactions already sent finish (or fail) before this returns, so nothing of this run
    // is still writing when a caller deletes the graph or runs again.
    await Promise.allSettled(inFlight);
  }
  if (failure) throw failure;
  report.relationships = progress.done - totals.nodes;
  progress.total = progress.done;
  progress.phase = 'indexes';
  options.onProgress?.(progress);
  await awaitIndexes(driver, 600, options.database);
  return { ...report, ms: performance.now() - started };

  async function writeBatches(): Promise<void> {
    for (const batch of syntheticBatches(sizes, batchSize)) {
      if (failure) break;
      options.signal?.throwIfAborted();
      const key = batchKey(batch);
      if (loaded.has(key)) {
        report.skippedBatches += 1;
        progress.done += batch.rows.length;
        if (batch.kind === 'nodes') earlierLabels.add(batch.label);
        continue;
      }
      if (batch.kind === 'relationships' && progress.phase === 'nodes') {
        // Every node must exist, and its element id be known, before a relationship names it.
        await Promise.all(inFlight);
        if (failure) break;
        progress.phase = 'reading back nodes';
        options.onProgress?.(progress);
        for (const label of earlierLabels) {
          const remember = (id: string, elementId: string): void => {
            elementIds.set(id, elementId);
            report.readBack += 1;
          };
          await readElementIds(driver, label, remember, options.database);
        }
        progress.phase = 'relationships';
      }
      options.signal?.throwIfAborted();
      const writing = write(batch, key).finally(() => inFlight.delete(writing));
      inFlight.add(writing);
      if (inFlight.size >= (options.concurrency ?? 2)) await Promise.race(inFlight);
    }
  }
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
