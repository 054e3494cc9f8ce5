// Warms a server up until it is steady: rounds over every request in windows of 10 s, until two windows in a row are
// each no more than 5% faster than the one before (a single slow window, a hiccup, used to end it while Neo4j was
// still getting faster: a run that stopped after 34 s timed the health check at 6.1 ms p50, 3.5–5 when steady). A
// window's figure is the geometric mean of each request's median in it, so a request that takes a second (a saved
// query over most of a million claims) counts no more than one that takes a millisecond, whose warm-up the budgets
// judge. A Neo4j just started keeps getting faster for a minute or more while its JIT compilers work through the
// query runtime (at 1M nodes, a node's details went from 7.8 / 13.6 ms p50 / p95 in the first 10 s to 1.8 / 3.3 ms
// after 80 s), so a fixed short warm-up timed the start, not the server.
import type { BenchRequest } from './bench-endpoints';
import { sendRequest } from './time-request';

const WINDOW_MS = 10_000;
const STEADY_RATIO = 0.95;

export interface WarmUpPlan {
  /** Shortest warm-up, even when the first windows already look steady. */
  minMs: number;
  /** Longest warm-up: a machine that never settles is measured as it is. */
  maxMs: number;
}

export interface WarmUpReport {
  ms: number;
  /** Geometric mean of the requests' median milliseconds, window by window. */
  windowMs: number[];
}

export async function warmUp(baseUrl: string, requests: BenchRequest[], plan: WarmUpPlan): Promise<WarmUpReport> {
  const started = performance.now();
  const windowMs: number[] = [];
  for (;;) {
    windowMs.push(await timeWindow(baseUrl, requests));
    const elapsed = performance.now() - started;
    const last = windowMs.slice(-3);
    const steady = last.length === 3 && last[1]! >= last[0]! * STEADY_RATIO && last[2]! >= last[1]! * STEADY_RATIO;
    if ((steady && elapsed >= plan.minMs) || elapsed >= plan.maxMs) return { ms: elapsed, windowMs };
  }
}

async function timeWindow(baseUrl: string, requests: BenchRequest[]): Promise<number> {
  const times = requests.map((): number[] => []);
  const started = performance.now();
  while (performance.now() - started < WINDOW_MS) {
    for (const [index, request] of requests.entries()) {
      const requestStarted = performance.now();
      await sendRequest(baseUrl, request);
      times[index]!.push(performance.now() - requestStarted);
    }
  }
  const logSum = times.reduce((sum, samples) => sum + Math.log(median(samples)), 0);
  return Math.exp(logSum / times.length);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
