// Part `scale`: the API on a synthetic news graph of BENCH_SCALE_NODES nodes (default 1M, ~4.9 relationships per
// node, hubs with tens of thousands of links) beside the seed graph. Times every request on the seed graph, loads
// the synthetic graph (load rate), times the same requests again next to their p95 budgets, compares the proxy with
// the bare driver, and ends with one summary line. The bench's own Neo4j gets the graph through the offline importer
// (CSV, import, restart, cypher/ and indexes: all of it timed), after the UNWIND loader has written a smaller graph
// into the live database for its rate (BENCH_SCALE_UNWIND_NODES); a NEO4J_URI database only through the UNWIND loader.
import os from 'node:os';
import type { BenchSettings } from '../bench-settings';
import type { BenchStack } from '../bench-stack';
import type { Cleanups } from '../cleanups';
import { formatMs, formatRatio, printTable } from '../print-table';
import { timeRequest, type RequestFigures } from '../time-request';
import { warmUp } from '../warm-up';
import { bulkLoadSyntheticGraph } from '../../tools/loader/synthetic/bulk-load';
import { deleteSyntheticGraph } from '../../tools/loader/synthetic/bulk-load.repository';
import { completeImportedGraph, importSyntheticGraph } from '../../tools/loader/synthetic/import-synthetic-graph';
import { compareProxyWithDriver, printProxyTable } from './proxy-overhead';
import { SAVED_QUERY_REQUESTS, SCALED_BASELINE, SCALED_REQUESTS, type ScaledRequest } from './scale-requests';

type Settings = BenchSettings['scale'];

/** The seed graph answers in milliseconds: many samples. */
const SEED_PLAN = { warmup: 10, samples: 100, minSamples: 20, budgetMs: 3_000 };
/**
 * Both graphs are served by a Neo4j that has just started (on the seed load, then on the imported store): each is
 * warmed up until steady (bench/warm-up.ts) before anything is timed.
 */
const WARM_UP = { minMs: 20_000, maxMs: 120_000 };

export async function runScaleBench(stack: BenchStack, settings: Settings, cleanups: Cleanups): Promise<void> {
  console.log('\n## API on a large synthetic graph');
  if (stack.external && !settings.allowExternal) {
    console.log(
      `Skipped: NEO4J_URI is set, and this part writes a synthetic graph of ${settings.nodes.toLocaleString('en')} ` +
        "nodes, which must not land in your database unasked. Unset NEO4J_URI to use the bench's own temporary " +
        'Neo4j, or set BENCH_SYNTHETIC=1 to write it there anyway (it is deleted again at the end).',
    );
    return;
  }
  const controller = new AbortController();
  let loading: Promise<unknown> = Promise.resolve();
  const release = cleanups.add(async () => {
    controller.abort();
    await loading.catch(() => undefined);
    if (stack.external) await deleteSyntheticGraph(stack.driver, { database: stack.database });
  });
  try {
    const warmed = [SCALED_BASELINE, ...SCALED_REQUESTS];
    const requests = [...warmed, ...SAVED_QUERY_REQUESTS];
    console.log('Timing the requests on the seed graph …');
    const seed = await timeAll(stack.url, warmed, SAVED_QUERY_REQUESTS, 'seed', SEED_PLAN);

    const report = stack.external
      ? await loadByUnwind(stack, settings.nodes, controller.signal, (run) => (loading = run))
      : await loadByImport(stack, settings, controller.signal, (run) => (loading = run));
    const loadRate = report.elementsPerSecond;

    const largePlan = { warmup: 5, samples: settings.maxSamples, minSamples: 10, budgetMs: settings.budgetMs };
    console.log(`Timing up to ${largePlan.samples} requests per endpoint on the large graph, one at a time …`);
    const large = await timeAll(stack.url, warmed, SAVED_QUERY_REQUESTS, 'large', largePlan);
    printScaledTable(requests, seed, large);

    console.log('\nThe proxy against neo4j-driver on the same queries (same process, same run):\n');
    const proxy = await compareProxyWithDriver(stack.url, stack.driver, {
      database: stack.database,
      warmup: 10,
      samples: settings.proxySamples,
    });
    printProxyTable(proxy);

    const failed = requests.filter((_r, index) => [seed[index], large[index]].some((f) => f?.status !== '200'));
    const p95 = (name: string) =>
      Math.max(...requests.flatMap((r, i) => (r.name.includes(name) ? [large[i]!.p95] : [])));
    const worstRatio = Math.max(...proxy.map((item) => item.ratio));
    console.log(
      `\nscale: ${report.nodes} nodes, ${report.relationships} relationships, load ${Math.round(loadRate)} ` +
        `elements/s, neighbours p95 ${p95('neighbors').toFixed(1)} ms, search p95 ${p95('search').toFixed(1)} ms, ` +
        `proxy/driver p50 ${worstRatio.toFixed(2)}×`,
    );
    if (failed.length > 0) {
      throw new Error(`Not every request answered 200: ${failed.map((r) => r.name).join('; ')}.`);
    }
  } finally {
    await release();
  }
}

/** Times `warmed` after warm-up rounds over them, then `after` (each with the plan's own few warm-up runs). */
async function timeAll(
  url: string,
  warmed: ScaledRequest[],
  after: ScaledRequest[],
  side: 'seed' | 'large',
  plan: Parameters<typeof timeRequest>[2],
): Promise<RequestFigures[]> {
  // Rounds over every request first, so the first endpoint timed does not pay alone for cold caches or a cold JIT.
  const warm = await warmUp(
    url,
    warmed.map((request) => request[side]),
    WARM_UP,
  );
  const windows = warm.windowMs.map((ms) => ms.toFixed(1)).join(' → ');
  console.log(
    `  warmed up for ${(warm.ms / 1000).toFixed(0)} s (geometric mean of the requests' medians, per 10 s: ${windows} ms)\n`,
  );
  const figures: RequestFigures[] = [];
  for (const request of [...warmed, ...after]) figures.push(await timeRequest(url, request[side], plan));
  return figures;
}

function printScaledTable(requests: ScaledRequest[], seed: RequestFigures[], large: RequestFigures[]): void {
  const rows = requests.map((request, index) => {
    const before = seed[index]!;
    const after = large[index]!;
    const budget = request.budgetMs;
    return [
      request.name,
      formatMs(before.p50),
      formatMs(before.p95),
      formatMs(after.p50),
      formatMs(after.p95),
      formatRatio(after.p50 / before.p50),
      budget === undefined ? '' : `${budget} ${after.p95 <= budget ? 'ok' : 'OVER'}`,
      before.status === after.status ? after.status : `${before.status}→${after.status}`,
    ];
  });
  printTable(
    ['endpoint', 'seed p50', 'seed p95', 'large p50', 'large p95', 'large/seed', 'p95 budget', 'status'],
    rows,
  );
  console.log('(ms; "large/seed" is the p50 on the large graph over the p50 of the same request on the seed graph)');
}

interface LoadFigures {
  nodes: number;
  relationships: number;
  elementsPerSecond: number;
}

/** The machine's load average over the last minute, printed beside each load figure (the cores are shared). */
function loadAverage(): string {
  return `load average ${os.loadavg()[0]!.toFixed(1)}`;
}

/** The UNWIND loader into the live database: parameterised batches in transactions, indexes caught up at the end. */
async function loadByUnwind(
  stack: BenchStack,
  nodes: number,
  signal: AbortSignal,
  track: (run: Promise<unknown>) => void,
): Promise<LoadFigures> {
  console.log(`UNWIND loader: writing a synthetic graph of ${nodes.toLocaleString('en')} nodes (${loadAverage()}) …`);
  let lastReport = 0;
  const load = bulkLoadSyntheticGraph(stack.driver, {
    nodes,
    database: stack.database,
    signal,
    onProgress: (progress) => {
      if (progress.done - lastReport < 500_000 && progress.phase !== 'indexes') return;
      lastReport = progress.done;
      console.log(
        `  ${progress.phase}: ${progress.done.toLocaleString('en')} of ~${progress.total.toLocaleString('en')}`,
      );
    },
  });
  track(load);
  const report = await load;
  const elementsPerSecond = report.written / (report.ms / 1000);
  console.log(
    `UNWIND loader (live database): ${report.nodes.toLocaleString('en')} nodes and ` +
      `${report.relationships.toLocaleString('en')} relationships in ${(report.ms / 1000).toFixed(1)} s: ` +
      `${Math.round(elementsPerSecond).toLocaleString('en')} elements/s (indexes caught up included; ${loadAverage()}).`,
  );
  return { nodes: report.nodes, relationships: report.relationships, elementsPerSecond };
}

/**
 * The UNWIND loader's rate on a smaller graph first (it goes with the rest of the database), then the offline
 * import of the full graph replacing the database: CSV, import, Neo4j's start, cypher/ and indexes ONLINE, all timed.
 */
async function loadByImport(
  stack: BenchStack,
  settings: Settings,
  signal: AbortSignal,
  track: (run: Promise<unknown>) => void,
): Promise<LoadFigures> {
  if (settings.unwindNodes > 0) await loadByUnwind(stack, settings.unwindNodes, signal, track);
  console.log(
    `Offline import: the synthetic graph of ${settings.nodes.toLocaleString('en')} nodes replaces the bench ` +
      `Neo4j's database (${loadAverage()}) …`,
  );
  const started = performance.now();
  const run = stack.withNeo4jStopped((home) =>
    importSyntheticGraph({ nodes: settings.nodes, home, overwrite: true, signal, log: (line) => console.log(line) }),
  );
  track(run);
  const { result: imported, startMs } = await run;
  const completed = await completeImportedGraph(stack.driver, {
    emptyLists: imported.emptyLists,
    database: stack.database,
    log: (line) => console.log(line),
  });
  const seconds = (performance.now() - started) / 1000;
  const elementsPerSecond = (imported.nodes + imported.relationships) / seconds;
  const split = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `Offline import (empty database): ${imported.nodes.toLocaleString('en')} nodes and ` +
      `${imported.relationships.toLocaleString('en')} relationships in ${seconds.toFixed(1)} s: ` +
      `${Math.round(elementsPerSecond).toLocaleString('en')} elements/s — CSV ${split(imported.csvMs)}, import ` +
      `${split(imported.importMs)}, Neo4j start ${split(startMs)}, empty lists ${split(completed.listsMs)}, cypher/ ` +
      `${split(completed.schemaMs)}, indexes ` +
      `ONLINE ${split(completed.indexesMs)} (${loadAverage()}).`,
  );
  return { nodes: imported.nodes, relationships: imported.relationships, elementsPerSecond };
}
