// `npm run load:synthetic -- [--nodes 1000000] [--batch-size 10000] [--concurrency 2] [--delete] [--allow-neo4j-uri]`:
// writes a synthetic news graph (CONTRACT.md's model, hubs and heavy-tailed degrees, ids like `claim:synthetic-12`)
// beside the seed graph, with a progress bar. A re-run resumes: batches already written are skipped. `--delete`
// removes it again. It never writes into the database of NEO4J_URI unless --allow-neo4j-uri is given.
// For a 1M-node graph the local Neo4j wants more memory: NEO4J_HEAP=3g NEO4J_PAGE_CACHE=3g (see the README).
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { openDatabase } from './database';
import { loadLocalEnv } from './local-config';
import { loadCypher } from './loader/load-cypher';
import { bulkLoadSyntheticGraph, DEFAULT_BATCH_SIZE, type BulkLoadProgress } from './loader/synthetic/bulk-load';
import { deleteSyntheticGraph } from './loader/synthetic/bulk-load.repository';

const USAGE =
  'Usage: npm run load:synthetic -- [--nodes 1000000] [--batch-size 10000] [--concurrency 2] [--delete] ' +
  '[--allow-neo4j-uri]';

function readOptions() {
  const { values } = parseArgs({
    options: {
      nodes: { type: 'string', default: '1000000' },
      'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
      concurrency: { type: 'string', default: '2' },
      delete: { type: 'boolean', default: false },
      'allow-neo4j-uri': { type: 'boolean', default: false },
    },
  });
  const whole = (name: string, value: string, min: number, max: number): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < min || number > max) {
      throw new Error(`--${name} must be a whole number from ${min} to ${max}, not "${value}".\n${USAGE}`);
    }
    return number;
  };
  return {
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

main().catch((error: unknown) => {
  console.error(`\nThe synthetic graph was not loaded:\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
