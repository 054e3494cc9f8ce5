// The fast way to a large synthetic graph in an empty database: write it as CSV (the generator's rows, streamed to a
// temporary folder), run Neo4j's offline importer into the stopped local Neo4j's data folder, delete the CSV. Then,
// once the caller has started Neo4j on that folder, `completeImportedGraph` loads cypher/ (constraints, indexes, the
// seed graph) and waits until every index is ONLINE, as the UNWIND loader does. The UNWIND loader
// (bulk-load.ts) stays the way to add a graph to a live database.
import { mkdtempSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadCypher } from '../load-cypher';
import { runAdminImport } from '../../neo4j/neo4j-admin-import';
import { fillEmptyList, readIndexStates } from './bulk-load.repository';
import { ARRAY_DELIMITER_OPTION } from './import-csv';
import type { SyntheticSizes } from './news-graph-model';
import { writeImportFiles, type EmptyList } from './write-import-files';

export interface ImportSyntheticOptions {
  nodes: number;
  /** The stopped local Neo4j's home (its data folder). */
  home: string;
  /** Replace a database already there (the importer refuses one otherwise). */
  overwrite: boolean;
  /** Where the temporary CSV folder goes (default: the system's temporary folder). */
  tempDir?: string;
  memory?: { heap?: string; offHeap?: string };
  signal?: AbortSignal;
  log?: (line: string) => void;
  onCsvProgress?: (written: number) => void;
}

export interface ImportSyntheticReport {
  sizes: SyntheticSizes;
  nodes: number;
  relationships: number;
  csvBytes: number;
  csvMs: number;
  importMs: number;
  emptyLists: EmptyList[];
}

export async function importSyntheticGraph(options: ImportSyntheticOptions): Promise<ImportSyntheticReport> {
  const log = options.log ?? (() => undefined);
  const folder = mkdtempSync(path.join(options.tempDir ?? os.tmpdir(), 'kg-synthetic-csv-'));
  try {
    let started = performance.now();
    const files = await writeImportFiles({
      nodes: options.nodes,
      folder,
      signal: options.signal,
      onProgress: options.onCsvProgress,
    });
    const csvMs = performance.now() - started;
    log(
      `Wrote ${files.nodes.toLocaleString('en')} nodes and ${files.relationships.toLocaleString('en')} relationships ` +
        `as CSV (${(files.bytes / 1024 / 1024).toFixed(0)} MB) in ${(csvMs / 1000).toFixed(1)} s; importing …`,
    );
    options.signal?.throwIfAborted();
    started = performance.now();
    await runAdminImport({
      home: options.home,
      nodes: files.nodeFiles,
      relationships: files.relationshipFiles,
      overwrite: options.overwrite,
      arrayDelimiter: ARRAY_DELIMITER_OPTION,
      heap: options.memory?.heap,
      offHeap: options.memory?.offHeap,
      // Beside the data, not in the CSV folder deleted below: it lists bad entries, if there ever are any.
      reportFile: path.join(options.home, 'logs', 'synthetic-import.report'),
      log,
    });
    return {
      sizes: files.sizes,
      nodes: files.nodes,
      relationships: files.relationships,
      csvBytes: files.bytes,
      emptyLists: files.emptyLists,
      csvMs,
      importMs: performance.now() - started,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * On the Neo4j just started on an imported store: the empty lists the importer left out (before any index exists,
 * so no index is updated twice), the constraints, indexes and seed graph of cypher/, then waits until every index
 * (the full-text one above all) has taken in the imported nodes.
 */
export async function completeImportedGraph(
  driver: Driver,
  options: { emptyLists: EmptyList[]; database?: string; log?: (line: string) => void },
): Promise<{ listsMs: number; schemaMs: number; indexesMs: number }> {
  let started = performance.now();
  // Side by side: each label's scan and writes are apart from the others', and a core would idle otherwise.
  await Promise.all(options.emptyLists.map(({ label, key }) => fillEmptyList(driver, label, key, options.database)));
  const listsMs = performance.now() - started;
  started = performance.now();
  await loadCypher(driver, { database: options.database, skipUnchanged: true });
  const schemaMs = performance.now() - started;
  started = performance.now();
  await waitForOnlineIndexes(driver, options);
  return { listsMs, schemaMs, indexesMs: performance.now() - started };
}

/**
 * Polls the indexes' states until all are ONLINE. Not `db.awaitIndexes`: that is one transaction, which the local
 * Neo4j's transaction timeout (30 s by default) cuts short while a million nodes are still being indexed.
 */
async function waitForOnlineIndexes(
  driver: Driver,
  options: { database?: string; log?: (line: string) => void; timeoutMs?: number },
): Promise<void> {
  const deadline = performance.now() + (options.timeoutMs ?? 1_800_000);
  let lastLog = 0;
  for (;;) {
    const states = await readIndexStates(driver, options.database);
    const failed = states.filter((index) => index.state === 'FAILED');
    if (failed.length > 0) {
      throw new Error(
        `The index ${failed.map((index) => index.name).join(', ')} failed to populate; "SHOW INDEXES YIELD *" says ` +
          'why. Drop it and load cypher/schema again (npm run load:graph).',
      );
    }
    const pending = states.filter((index) => index.state !== 'ONLINE');
    if (pending.length === 0) return;
    if (performance.now() > deadline) {
      throw new Error(`The indexes ${pending.map((index) => index.name).join(', ')} were still populating at the end.`);
    }
    if (performance.now() - lastLog > 10_000) {
      lastLog = performance.now();
      const shown = pending.map((index) => `${index.name} ${index.populationPercent.toFixed(0)}%`).join(', ');
      options.log?.(`  indexes populating: ${shown}`);
    }
    await sleep(250);
  }
}
