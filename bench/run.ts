// `npm run bench [-- <parts>]`: speed figures, each with ratios to a baseline measured in the same run (so they
// compare across machines). Parts, given as arguments or as BENCH_PARTS=api,render (default: all, in this order):
//   api     every API endpoint on the seed graph: p50/p95 and ratio to GET /api/health
//   scale   the API on a synthetic graph of 1M nodes (BENCH_SCALE_NODES) with hubs: load rate, p95 against the
//           budgets, ratio to the seed graph, the proxy against the bare driver, and a one-line summary
//   render  the explorer's graph view, bare Sigma and vis-network in Chromium on 10k/50k/100k nodes
//           (BENCH_RENDER_SIZES), random and laid out (BENCH_RENDER_POSITIONS): first render, camera moves, a
//           layout's end, heap, long tasks; ratios to Sigma and vis-network
//   ingest  quality of the article proposal pipeline on the five seed articles against the hand-made graph
// e.g. `npm run bench -- scale render`. The API parts start their own Neo4j on a free port in a temporary folder
// (deleted at the end) unless NEO4J_URI is set; then `scale` is skipped unless BENCH_SYNTHETIC=1, because it writes
// into that database. Everything started is stopped, also on Ctrl-C. Other settings: bench/bench-settings.ts.
import { readBenchSettings, type BenchPart, type BenchSettings } from './bench-settings';
import { BenchStack } from './bench-stack';
import { Cleanups } from './cleanups';
import { runIngestBench } from './ingest/ingest-bench';
import { runScaleBench } from './scale/scale-bench';
import { runRenderBench } from './render/render-bench';
import { runSeedApiBench } from './seed-api-bench';

const cleanups = new Cleanups();

async function main(settings: BenchSettings): Promise<void> {
  const started = performance.now();
  console.log(`Benchmark parts: ${settings.parts.join(', ')}`);
  if (['api', 'scale', 'ingest'].some((part) => settings.parts.includes(part as BenchPart))) {
    const memory = settings.parts.includes('scale') ? settings.scale.neo4j : undefined;
    const stack = await BenchStack.start((line) => console.log(line), memory);
    const stopStack = cleanups.add(() => stack.stop());
    if (settings.parts.includes('api')) await runSeedApiBench(stack, settings.seed);
    // Before the scale part, which adds synthetic nodes the gold standard knows nothing about.
    if (settings.parts.includes('ingest')) {
      const figures = await runIngestBench(stack.driver, stack.database, true);
      if (!figures.met) process.exitCode = 1;
    }
    if (settings.parts.includes('scale')) await runScaleBench(stack, settings.scale, cleanups);
    await stopStack();
  }
  if (settings.parts.includes('render')) await runRenderBench(settings.render, cleanups);
  console.log(`\nBenchmark finished in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

function fail(error: unknown): void {
  console.error(`The benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

process.once('SIGINT', () => void cleanups.runAll().finally(() => process.exit(130)));
process.once('SIGTERM', () => void cleanups.runAll().finally(() => process.exit(143)));

try {
  const settings = readBenchSettings(process.argv.slice(2), process.env);
  await main(settings).catch(fail);
} catch (error) {
  fail(error);
}
await cleanups.runAll();
