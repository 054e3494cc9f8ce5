// Times sequential requests after a warm-up and summarises them as percentiles.

export interface LatencySummary {
  p50: number;
  p95: number;
  statuses: Set<number>;
}

export async function measure(send: () => Promise<number>, warmup: number, samples: number): Promise<LatencySummary> {
  const statuses = new Set<number>();
  for (let i = 0; i < warmup; i += 1) statuses.add(await send());
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const started = performance.now();
    statuses.add(await send());
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), statuses };
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}
