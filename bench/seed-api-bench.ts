// Part `api`: latency of every API endpoint on the seed graph, as p50/p95 and as ratios to GET /api/health measured
// in the same run (so the figures compare across machines).
import { BASELINE, BENCH_REQUESTS } from './bench-endpoints';
import type { BenchSettings } from './bench-settings';
import type { BenchStack } from './bench-stack';
import { formatMs, formatRatio, printTable } from './print-table';
import { timeRequest } from './time-request';

export async function runSeedApiBench(stack: BenchStack, settings: BenchSettings['seed']): Promise<void> {
  console.log(`\n## API on the seed graph`);
  console.log(
    `Timing ${settings.samples} requests per endpoint after ${settings.warmup} warm-up requests, one at a time.\n`,
  );
  const plan = { warmup: settings.warmup, samples: settings.samples };
  const baseline = await timeRequest(stack.url, BASELINE, plan);
  const rows = [[BASELINE.name, formatMs(baseline.p50), formatMs(baseline.p95), formatRatio(1), baseline.status]];
  for (const request of BENCH_REQUESTS) {
    const figures = await timeRequest(stack.url, request, plan);
    rows.push([
      request.name,
      formatMs(figures.p50),
      formatMs(figures.p95),
      formatRatio(figures.p50 / baseline.p50),
      figures.status,
    ]);
  }
  printTable(['endpoint', 'p50 ms', 'p95 ms', 'p50/base', 'status'], rows);
}
