// Prints what a load run measured: throughput, latency percentiles, answers by status (overall and per kind of
// request), connection errors and timeouts, and the server's resident memory before, at its peak and after.
import type autocannon from 'autocannon';
import type { LoadSettings } from './load-settings';
import type { MemoryAnswer } from './memory-probe';

export interface LoadFigures {
  settings: LoadSettings;
  result: autocannon.Result;
  /** Time to answer of every response, in ms. */
  latenciesMs: number[];
  statusByKind: Map<string, Map<number, number>>;
  rss: { before?: number; peak?: number; after?: number };
  /** The server's memory right after a full garbage collection, before and after the run (servers it started). */
  afterGc?: { before: MemoryAnswer; after: MemoryAnswer };
}

export function printLoadReport(log: (line: string) => void, figures: LoadFigures): void {
  const { result, latenciesMs, statusByKind, rss, afterGc, settings } = figures;
  const overall = new Map<number, number>();
  for (const counts of statusByKind.values()) {
    for (const [status, count] of counts) overall.set(status, (overall.get(status) ?? 0) + count);
  }
  const answered = sum(overall.values());
  const ok = sum([...overall].filter(([status]) => status >= 200 && status < 300).map(([, count]) => count));
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const seconds = result.duration || settings.durationSeconds;

  log('');
  log(`load: ${settings.connections} connections for ${seconds.toFixed(1)} s against ${result.url}`);
  log(`  answered ${answered} requests, ${(answered / seconds).toFixed(1)} requests/s`);
  log(
    `  latency p50 ${percentile(sorted, 50)} ms, p95 ${percentile(sorted, 95)} ms, p99 ${percentile(sorted, 99)} ms, ` +
      `max ${sorted.at(-1)?.toFixed(0) ?? '-'} ms`,
  );
  log(`  answers by status: ${describeCounts(overall)}; 2xx ${percent(ok, answered)}`);
  log(`  connection errors ${result.errors}, timeouts ${result.timeouts}`);
  log(`  by kind of request:`);
  for (const [kind, counts] of [...statusByKind].sort(([a], [b]) => a.localeCompare(b))) {
    log(`    ${kind.padEnd(16)} ${describeCounts(counts)}`);
  }
  log(`  server memory (RSS): before ${mib(rss.before)}, peak ${mib(rss.peak)}, after ${mib(rss.after)}`);
  if (afterGc) {
    const { before, after } = afterGc;
    const MiB = 1024 * 1024;
    // Heap in use after a full collection is what the server really keeps; RSS may stay up because V8 and the
    // allocator keep freed pages for later.
    log(
      `  server memory after a full GC: heap used ${mib(before.heapUsed / MiB)} before, ${mib(after.heapUsed / MiB)} after; ` +
        `RSS ${mib(before.rss / MiB)} before, ${mib(after.rss / MiB)} after`,
    );
  }
}

/** Nearest-rank percentile of sorted values, rounded to whole milliseconds. */
export function percentile(sorted: readonly number[], p: number): string {
  if (sorted.length === 0) return '-';
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!.toFixed(0);
}

function describeCounts(counts: Map<number, number>): string {
  return [...counts]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ');
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(2)}%`;
}

function mib(value: number | undefined): string {
  return value === undefined ? 'unknown (pass --pid)' : `${value.toFixed(0)} MiB`;
}
