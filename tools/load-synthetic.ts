// `npm run load:synthetic -- [--nodes 1000000] [--batch-size 10000] [--concurrency 2] [--delete] [--allow-neo4j-uri]`:
// writes a synthetic news graph (CONTRACT.md's model, hubs and heavy-tailed degrees, ids like `claim:synthetic-12`)
// beside the seed graph, with a progress bar. A re-run resumes: batches already written are skipped. `--delete`
// removes it again. It never writes into the database of NEO4J_URI unless --allow-neo4j-uri is given.
// `--import [--replace] [--import-heap 1g] [--import-off-heap 2g]` instead builds the local Neo4j's database with the
// offline importer (several times faster): only into a data folder with no database yet, or replacing it with
// --replace; never while that Neo4j runs; never for NEO4J_URI.
// For a 1M-node graph the local Neo4j wants more memory: NEO4J_HEAP=3g NEO4J_PAGE_CACHE=3g (see the README).
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { openDatabase } from './database';
import { loadLocalEnv } from './local-config';
import { loadCypher } from './loader/load-cypher';
import { bulkLoadSyntheticGraph, DEFAULT_BATCH_SIZE, type BulkLoadProgress } from './loader/synthetic/bulk-load';
import { deleteSyntheticGraph } from './loader/synthetic/bulk-load.repository';
import { importIntoLocalNeo4j } from './loader/synthetic/import-into-local';

const USAGE =
  'Usage: npm run load:synthetic -- [--nodes 1000000] [--batch-size 10000] [--concurrency 2] [--delete] ' +
  '[--allow-neo4j-uri]\n   or: npm run load:synthetic -- --import [--nodes 1000000] [--replace] [--import-heap 1g] ' +
  '[--import-off-heap 2g]';

function readOptions() {
  const { values } = parseArgs({
    options: {
      nodes: { type: 'string', default: '1000000' },
      'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
      concurrency: { type: 'string', default: '2' },
      delete: { type: 'boolean', default: false },
      'allow-neo4j-uri': { type: 'boolean', default: false },
      import: { type: 'boolean', default: false },
      replace: { type: 'boolean', default: false },
      'import-heap': { type: 'string' },
      'import-off-heap': { type: 'string' },
    },
  });
  const whole = (name: string, value: string, min: number, max: number): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < min || number > max) {
      throw new Error(`--${name} must be a whole number from ${min} to ${max}, not "${value}".\n${USAGE}`);
    }
    return number;
  };
  const size = (name: string, value: string | undefined): string | undefined => {
    if (value !== undefined && !/^\d+[mMgG]$/.test(value)) {
      throw new Error(`--${name} must be a size such as 512m or 2g, not "${value}".\n${USAGE}`);
    }
    return value;
  };
  if (values.replace && !values.import) throw new Error(`--replace goes with --import.\n${USAGE}`);
  if (values.import && values.delete) throw new Error(`--import and --delete do not go together.\n${USAGE}`);
  return {
    import: values.import,
    replace: values.replace,
    importMemory: {
      heap: size('import-heap', values['import-heap']),
      offHeap: size('import-off-heap', values['import-off-heap']),
    },
    nodes: whole('nodes', values.nodes, 1_000, 20_000_000),
    batchSize: whole('batch-size', values['batch-size'], 100, 200_000),
    concurrency: whole('concurrency', values.concurrency, 1, 16),
    delete: values.delete,
    allowNeo4jUri: values['allow-neo4j-uri'],
  };
}

async function main(): Promise<void> {
  const options = readOptions();
  const env = loadLocalEnv();
  if (options.import) return importGraph(options, env);
  if (env.NEO4J_URI && !options.allowNeo4jUri) {
    throw new Error(
      `NEO4J_URI is set (${env.NEO4J_URI}), and this would write a synthetic graph of ` +
        `${options.nodes.toLocaleString('en')} nodes into that database. Unset NEO4J_URI to use the local Neo4j, ` +
        'or add --allow-neo4j-uri if that database is meant for it.',
    );
  }
  const log = (line: string): void => console.log(line);
  const database = await openDatabase(env, log);
  const name = process.env.NEO4J_DATABASE || undefined;
  try {
    if (options.delete) {
      const deleted = await deleteSyntheticGraph(database.driver, {
        database: name,
        onDeleted: (count) => process.stdout.write(`\r  deleted ${count.toLocaleString('en')} nodes`),
      });
      log(`\nDeleted the synthetic graph: ${deleted.toLocaleString('en')} nodes with their relationships.`);
      return;
    }
    // The constraints and indexes (and the seed graph) first: they hold for the synthetic nodes as for the seed's.
    await loadCypher(database.driver, { database: name, skipUnchanged: true });
    const bar = new cliProgress.SingleBar(
      {
        format: '{phase} |{bar}| {percentage}% | {value}/{total} elements | {rate} elements/s | ETA {eta_formatted}',
        etaBuffer: 50,
        hideCursor: true,
        // Without a terminal (CI, a log file), one line every few seconds instead of redrawing.
        noTTYOutput: true,
        notTTYSchedule: 5_000,
      },
      cliProgress.Presets.shades_classic,
    );
    const started = performance.now();
    bar.start(1, 0, { phase: 'nodes', rate: 0 });
    const onProgress = (progress: BulkLoadProgress): void => {
      const rate = Math.round(progress.done / ((performance.now() - started) / 1000));
      bar.setTotal(progress.total);
      bar.update(progress.done, { phase: progress.phase, rate: rate.toLocaleString('en') });
    };
    const report = await bulkLoadSyntheticGraph(database.driver, { ...options, database: name, onProgress }).finally(
      () => bar.stop(),
    );
    const seconds = report.ms / 1000;
    log(
      `Synthetic graph: ${report.nodes.toLocaleString('en')} nodes, ${report.relationships.toLocaleString('en')} ` +
        `relationships. This run wrote ${report.written.toLocaleString('en')} elements in ${seconds.toFixed(1)} s ` +
        `(${Math.round(report.written / seconds).toLocaleString('en')} elements/s)` +
        (report.skippedBatches > 0 ? `; ${report.skippedBatches} batches were already there and skipped` : '') +
        (report.readBack > 0
          ? `; the ${report.readBack.toLocaleString('en')} nodes already there were read back to join the rest.`
          : '.'),
    );
  } finally {
    await database.close();
  }
}

async function importGraph(options: ReturnType<typeof readOptions>, env: ReturnType<typeof loadLocalEnv>) {
  const log = (line: string): void => console.log(line);
  const bar = new cliProgress.SingleBar(
    {
      format: 'CSV |{bar}| {percentage}% | {value}/{total} elements',
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 5_000,
    },
    cliProgress.Presets.shades_classic,
  );
  let barStarted = false;
  const report = await importIntoLocalNeo4j(env, {
    nodes: options.nodes,
    replace: options.replace,
    memory: options.importMemory,
    log: (line) => {
      if (barStarted) bar.stop();
      barStarted = false;
      log(line);
    },
    onCsvProgress: (written) => {
      if (!barStarted) bar.start(Math.round(options.nodes * 5.93), 0);
      barStarted = true;
      bar.update(written);
    },
  }).finally(() => bar.stop());
  const elements = report.nodes + report.relationships;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  log(
    `Imported ${report.nodes.toLocaleString('en')} nodes and ${report.relationships.toLocaleString('en')} ` +
      `relationships in ${seconds(report.totalMs)}: ${Math.round(elements / (report.totalMs / 1000)).toLocaleString('en')} ` +
      `elements/s (CSV ${seconds(report.csvMs)}, import ${seconds(report.importMs)}, Neo4j start ` +
      `${seconds(report.startMs)}, empty lists ${seconds(report.listsMs)}, cypher/ ${seconds(report.schemaMs)}, indexes ${seconds(report.indexesMs)}).` +
      (report.restoredQueries > 0
        ? ` ${report.restoredQueries} saved queries put back (backup: ${report.backupFile}).`
        : ''),
  );
}

main().catch((error: unknown) => {
  console.error(`\nThe synthetic graph was not loaded:\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
