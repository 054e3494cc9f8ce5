// Times sequential requests after a warm-up and summarises them as percentiles. A time budget lets slow requests
// (on the large graph) stop early, after a minimum number of samples, so the whole bench keeps a bounded run time.

export interface SamplePlan {
  warmup: number;
  /** Most timed samples. */
  samples: number;
  /** Stop timing once this much time has gone by (warm-up included) and at least `minSamples` were taken. */
  budgetMs?: number;
  minSamples?: number;
}

export interface LatencySummary {
  p50: number;
  p95: number;
  /** How many samples were timed. */
  count: number;
  statuses: Set<number>;
}

export async function measure(send: () => Promise<number>, plan: SamplePlan): Promise<LatencySummary> {
  const started = performance.now();
  const budget = plan.budgetMs ?? Number.POSITIVE_INFINITY;
  const minSamples = Math.min(plan.minSamples ?? plan.samples, plan.samples);
  const statuses = new Set<number>();
  for (let i = 0; i < plan.warmup && performance.now() - started < budget; i += 1) statuses.add(await send());
  const times: number[] = [];
  while (times.length < plan.samples && (times.length < minSamples || performance.now() - started < budget)) {
    const sent = performance.now();
    statuses.add(await send());
    times.push(performance.now() - sent);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), count: times.length, statuses };
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}
