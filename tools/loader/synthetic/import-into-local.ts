// `npm run load:synthetic -- --import`: the synthetic graph through the offline importer into the local Neo4j's data
// folder (NEO4J_DATA_DIR), then Neo4j started on it with cypher/ loaded and its indexes ONLINE. Only into a folder
// with no database yet, or with `replace` (the users' saved queries are read first, written to a backup file and put
// back afterwards); never while a Neo4j runs on it; never into the database of NEO4J_URI, whose files are elsewhere.
import path from 'node:path';
import { openDatabase } from '../../database';
import type { LocalEnv } from '../../local-config';
import { hasDatabase } from '../../neo4j/neo4j-admin-import';
import { isPortFree } from '../../neo4j/port-check';
import { mergeSavedQueries, readSavedQueries } from '../../user-data/user-data.repository';
import { timestampedBackupFile, writeUserDataFile } from '../../user-data/user-data-file';
import type { BackedUpQuery } from '../../user-data/user-data.schema';
import { completeImportedGraph, importSyntheticGraph, type ImportSyntheticReport } from './import-synthetic-graph';

export interface ImportIntoLocalOptions {
  nodes: number;
  replace: boolean;
  memory?: { heap?: string; offHeap?: string };
  /** Where the saved queries are backed up before a replace (default: backups/, as `npm run backup`). */
  backupDir?: string;
  log: (line: string) => void;
  onCsvProgress?: (written: number) => void;
}

export interface ImportIntoLocalReport extends ImportSyntheticReport {
  startMs: number;
  listsMs: number;
  schemaMs: number;
  indexesMs: number;
  /** From the CSV's first row to the last index ONLINE. */
  totalMs: number;
  restoredQueries: number;
  backupFile?: string;
}

/** The import was not started: the message says why and what to do instead. Nothing was changed. */
export class ImportRefusedError extends Error {
  override name = 'ImportRefusedError';
}

export async function importIntoLocalNeo4j(
  env: LocalEnv,
  options: ImportIntoLocalOptions,
): Promise<ImportIntoLocalReport> {
  if (env.NEO4J_URI) {
    throw new ImportRefusedError(
      `NEO4J_URI is set (${env.NEO4J_URI}): the offline import writes a stopped Neo4j's store files, and that ` +
        "database's files are not here. Unset NEO4J_URI to import into the local Neo4j (NEO4J_DATA_DIR), or add the " +
        'graph to that live database with the UNWIND loader: npm run load:synthetic -- --allow-neo4j-uri (no --import).',
    );
  }
  const home = path.resolve(env.NEO4J_DATA_DIR);
  if (!(await isPortFree(env.NEO4J_BOLT_PORT))) {
    throw new ImportRefusedError(
      `A Neo4j answers on port ${env.NEO4J_BOLT_PORT} (npm start or npm run neo4j?). The offline import needs the ` +
        'local Neo4j stopped: stop it and run this again, or add the graph to the running database with the UNWIND ' +
        'loader (the same command without --import).',
    );
  }
  const existing = hasDatabase(home);
  if (existing && !options.replace) {
    throw new ImportRefusedError(
      `The data folder ${home} already holds a database (the seed graph, perhaps users' saved queries). Add ` +
        '--replace to replace it with the imported graph (saved queries are kept), set NEO4J_DATA_DIR to a new ' +
        'folder, or add the graph to that database with the UNWIND loader (the same command without --import).',
    );
  }
  const saved = existing ? await readSavedQueriesOnce(env, options.log) : [];
  const backupFile = saved.length > 0 ? writeBackup(saved, options.backupDir ?? 'backups') : undefined;
  if (backupFile)
    options.log(`Backed up ${saved.length} saved queries to ${backupFile} before replacing the database.`);

  const started = performance.now();
  const imported = await importSyntheticGraph({
    nodes: options.nodes,
    home,
    overwrite: existing,
    memory: options.memory,
    log: options.log,
    onCsvProgress: options.onCsvProgress,
  });
  const starting = performance.now();
  const database = await openDatabase(env, options.log);
  try {
    const startMs = performance.now() - starting;
    const name = process.env.NEO4J_DATABASE || undefined;
    const completed = await completeImportedGraph(database.driver, {
      emptyLists: imported.emptyLists,
      database: name,
      log: options.log,
    });
    if (saved.length > 0) await mergeSavedQueries(database.driver, saved, name);
    return {
      ...imported,
      ...completed,
      startMs,
      totalMs: performance.now() - started,
      restoredQueries: saved.length,
      backupFile,
    };
  } finally {
    await database.close();
  }
}

async function readSavedQueriesOnce(env: LocalEnv, log: (line: string) => void): Promise<BackedUpQuery[]> {
  const database = await openDatabase(env, log);
  try {
    return await readSavedQueries(database.driver, process.env.NEO4J_DATABASE || undefined);
  } finally {
    await database.close();
  }
}

/** The saved queries as `npm run backup` writes them, so `npm run restore` can bring them back if all else fails. */
function writeBackup(savedQueries: BackedUpQuery[], folder: string): string {
  const exportedAt = new Date().toISOString();
  return writeUserDataFile(
    timestampedBackupFile(folder, 'user-data-before-import', exportedAt),
    savedQueries,
    exportedAt,
  );
}
