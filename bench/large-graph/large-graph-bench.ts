// Part `large`: the API on a graph of ~100k nodes. Times a set of requests on the seed graph, writes the synthetic
// graph beside it, times the same requests again, and prints each endpoint's figures on the large graph with its
// ratio to the seed graph, so the reader sees which endpoints stay flat as the graph grows and which do not.
import type { BenchSettings } from '../bench-settings';
import type { BenchStack } from '../bench-stack';
import type { Cleanups } from '../cleanups';
import { formatMs, formatRatio, printTable } from '../print-table';
import { sendRequest, timeRequest, type RequestFigures } from '../time-request';
import { SCALED_BASELINE, SCALED_REQUESTS, type ScaledRequest } from './large-graph-requests';
import { SyntheticDataGuard } from './synthetic-data-guard';
import { HUBS, SYNTHETIC_ID_PREFIX } from './synthetic-graph';
import { writeSyntheticGraph } from './write-synthetic-graph';

type Settings = BenchSettings['large'];

/** The seed graph answers in milliseconds: many samples, and seconds of warm-up for a JVM that may just have started. */
const SEED_PLAN = { rounds: 20, warmupMs: 10_000, warmup: 10, samples: 100, minSamples: 20, budgetMs: 3_000 };
const LARGE_WARMUP = { rounds: 2, warmupMs: 0, warmup: 3 };

export async function runLargeGraphBench(stack: BenchStack, settings: Settings, cleanups: Cleanups): Promise<void> {
  console.log('\n## API on a large synthetic graph');
  if (stack.external && !settings.allowExternal) {
    console.log(
      'Skipped: NEO4J_URI is set, and this part writes a synthetic graph of ' +
        `${settings.nodes.toLocaleString('en')} nodes, which must not land in your database unasked. Unset ` +
        "NEO4J_URI to use the bench's own temporary Neo4j, or set BENCH_SYNTHETIC=1 to write it there anyway " +
        `(every node whose id starts with "${SYNTHETIC_ID_PREFIX}" is deleted again at the end).`,
    );
    return;
  }
  const requests = [SCALED_BASELINE, ...SCALED_REQUESTS];
  const largePlan = { ...LARGE_WARMUP, samples: settings.maxSamples, minSamples: 5, budgetMs: settings.budgetMs };
  const guard = await SyntheticDataGuard.open(stack, cleanups);
  try {
    console.log(
      `Timing the requests on the seed graph (warm-up rounds for ${SEED_PLAN.warmupMs / 1000} s, then up to ` +
        `${SEED_PLAN.samples} requests per endpoint) …`,
    );
    const seed = await timeAll(stack.url, requests, 'seed', SEED_PLAN);
    console.log(`Writing the synthetic graph (about ${settings.nodes.toLocaleString('en')} nodes) …`);
    const written = await guard.track(
      writeSyntheticGraph(stack.driver, settings.nodes, {
        database: stack.database,
        signal: guard.signal,
        log: (line) => console.log(line),
      }),
    );
    console.log(
      `Wrote ${written.nodes.toLocaleString('en')} nodes and ${written.relationships.toLocaleString('en')} ` +
        `relationships in ${(written.ms / 1000).toFixed(1)} s (${describeSizes(written.sizes)}).`,
    );
    console.log(`Hub degrees: ${await describeHubs(stack.url)}.`);
    console.log(
      `Timing up to ${largePlan.samples} requests per endpoint (at most ~${largePlan.budgetMs / 1000} s each, ` +
        `at least ${largePlan.minSamples}) after ${largePlan.rounds} warm-up rounds over all of them and ` +
        `${largePlan.warmup} warm-up requests each, one at a time.\n`,
    );
    const large = await timeAll(stack.url, requests, 'large', largePlan);
    printScaledTable(requests, seed, large);
    const failed = requests.filter((_request, index) => [seed[index], large[index]].some((f) => f?.status !== '200'));
    if (failed.length > 0) {
      throw new Error(
        `Not every request answered 200, so their figures time an error: ${failed.map((r) => r.name).join('; ')}.`,
      );
    }
  } finally {
    await guard.close();
  }
}

async function timeAll(
  url: string,
  requests: ScaledRequest[],
  side: 'seed' | 'large',
  plan: Parameters<typeof timeRequest>[2] & { rounds: number; warmupMs: number },
): Promise<RequestFigures[]> {
  // Rounds over every request first (for at least `warmupMs`), so the first endpoint timed does not pay alone for a
  // cold JVM and cold caches.
  const started = performance.now();
  for (let round = 0; round < plan.rounds || performance.now() - started < plan.warmupMs; round += 1) {
    for (const request of requests) await sendRequest(url, request[side]);
  }
  const figures: RequestFigures[] = [];
  for (const request of requests) figures.push(await timeRequest(url, request[side], plan));
  return figures;
}

function printScaledTable(requests: ScaledRequest[], seed: RequestFigures[], large: RequestFigures[]): void {
  const baseline = large[0];
  const rows = requests.map((request, index) => {
    const before = seed[index];
    const after = large[index];
    if (!before || !after || !baseline) throw new Error(`No figures for ${request.name}.`);
    return [
      request.name,
      formatMs(before.p50),
      formatMs(after.p50),
      formatMs(after.p95),
      String(after.count),
      formatRatio(after.p50 / before.p50),
      formatRatio(after.p50 / baseline.p50),
      before.status === after.status ? after.status : `${before.status}→${after.status}`,
    ];
  });
  printTable(['endpoint', 'seed p50', 'large p50', 'large p95', 'n', 'large/seed', 'large/health', 'status'], rows);
  console.log('(ms; "large/seed" is the p50 on the large graph over the p50 of the same endpoint on the seed graph)');
}

function describeSizes(sizes: Record<string, number>): string {
  return Object.entries(sizes)
    .map(([label, count]) => `${count.toLocaleString('en')} ${label}`)
    .join(', ');
}

/** Asks the app itself for each hub's degree, which also proves the hubs are there. */
async function describeHubs(url: string): Promise<string> {
  const parts: string[] = [];
  for (const { id } of Object.values(HUBS)) {
    const response = await fetch(`${url}/api/nodes/${encodeURIComponent(id)}`);
    if (!response.ok) throw new Error(`GET /api/nodes/${id} answered ${response.status}: the hub was not written.`);
    const body = (await response.json()) as { degree: number };
    parts.push(`${id} ${body.degree.toLocaleString('en')}`);
  }
  return parts.join(', ');
}
