// Warms a server up until it is steady: rounds over every request in windows of 10 s, until a window's median round
// is no more than 5% faster than the window before. A Neo4j just started keeps getting faster for a minute or more
// while its JIT compilers work through the query runtime (at 1M nodes, a node's details went from 7.8 / 13.6 ms
// p50 / p95 in the first 10 s to 1.8 / 3.3 ms after 80 s), so a fixed short warm-up timed the start, not the server.
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
  /** Median milliseconds of one round over every request, window by window. */
  roundMs: number[];
}

export async function warmUp(baseUrl: string, requests: BenchRequest[], plan: WarmUpPlan): Promise<WarmUpReport> {
  const started = performance.now();
  const roundMs: number[] = [];
  for (;;) {
    roundMs.push(await medianRoundInWindow(baseUrl, requests));
    const elapsed = performance.now() - started;
    const [before, now] = roundMs.slice(-2);
    const steady = before !== undefined && now !== undefined && now >= before * STEADY_RATIO;
    if ((steady && elapsed >= plan.minMs) || elapsed >= plan.maxMs) return { ms: elapsed, roundMs };
  }
}

async function medianRoundInWindow(baseUrl: string, requests: BenchRequest[]): Promise<number> {
  const rounds: number[] = [];
  const started = performance.now();
  while (performance.now() - started < WINDOW_MS) {
    const roundStarted = performance.now();
    for (const request of requests) await sendRequest(baseUrl, request);
    rounds.push(performance.now() - roundStarted);
  }
  rounds.sort((a, b) => a - b);
  return rounds[Math.floor(rounds.length / 2)]!;
}
