// `npm run bench`: latency of every API endpoint on the seed graph, as p50/p95 and as ratios to GET /api/health
// measured in the same process (so figures compare across machines). Starts its own Neo4j on a free port in a
// temporary folder unless NEO4J_URI is set, loads cypher/, runs the real app, and stops everything it started.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../server/src/config/load-config';
import { createDriver } from '../server/src/db/create-driver';
import { createLogger } from '../server/src/logger';
import { startServer, type RunningServer } from '../server/src/server';
import { loadCypher } from '../tools/loader/load-cypher';
import { LocalNeo4j } from '../tools/neo4j/local-neo4j';
import { findFreePort } from '../tools/neo4j/port-check';
import { BASELINE, BENCH_REQUESTS, type BenchRequest } from './bench-endpoints';
import { measure } from './latency';

const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);

let neo4j: LocalNeo4j | undefined;
let home: string | undefined;
let driver: Driver | undefined;
let server: RunningServer | undefined;

async function main(): Promise<void> {
  const database = await openDatabase();
  const base = loadConfig({ ...process.env, NEO4J_URI: database.uri, NEO4J_PASSWORD: database.password });
  const config = {
    ...base,
    port: 0,
    host: '127.0.0.1',
    logLevel: 'silent' as const,
    clientDir: undefined,
    // The benchmark is one client sending thousands of requests: lift the per-client limit, keep everything else.
    rateLimitPerMinute: 1_000_000,
  };
  driver = createDriver(config.neo4j);
  console.log('Loading cypher/ …');
  await loadCypher(driver, { database: config.neo4j.database });
  server = await startServer(config, driver, createLogger('silent'));
  const url = server.url.replace(/\/$/, '');
  console.log(`Timing ${SAMPLES} requests per endpoint after ${WARMUP} warm-up requests, one at a time.\n`);

  const baseline = await time(url, BASELINE);
  const rows = [{ name: BASELINE.name, ...baseline, ratio: 1 }];
  for (const request of BENCH_REQUESTS) {
    const figures = await time(url, request);
    rows.push({ name: request.name, ...figures, ratio: figures.p50 / baseline.p50 });
  }
  printTable(rows);
}

async function time(url: string, request: BenchRequest): Promise<{ p50: number; p95: number; status: string }> {
  const send = async (): Promise<number> => {
    const response = await fetch(`${url}${request.path}`, {
      method: request.method,
      headers: request.body === undefined ? {} : { 'content-type': 'application/json' },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    });
    await response.arrayBuffer();
    return response.status;
  };
  const summary = await measure(send, WARMUP, SAMPLES);
  return { p50: summary.p50, p95: summary.p95, status: [...summary.statuses].join('/') };
}

function printTable(rows: { name: string; p50: number; p95: number; ratio: number; status: string }[]): void {
  const width = Math.max(...rows.map((row) => row.name.length));
  const header = `${'endpoint'.padEnd(width)}  ${'p50 ms'.padStart(8)}  ${'p95 ms'.padStart(8)}  ${'p50/base'.padStart(8)}  status`;
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(width)}  ${row.p50.toFixed(2).padStart(8)}  ${row.p95.toFixed(2).padStart(8)}  ` +
        `${row.ratio.toFixed(2).padStart(8)}  ${row.status}`,
    );
  }
}

async function openDatabase(): Promise<{ uri: string; password: string }> {
  if (process.env.NEO4J_URI) {
    return { uri: process.env.NEO4J_URI, password: process.env.NEO4J_PASSWORD || 'kg-explorer-local' };
  }
  home = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-neo4j-'));
  const password = 'bench-password-local';
  neo4j = await LocalNeo4j.start({
    home,
    boltPort: await findFreePort(),
    password,
    heap: '1g',
    txTimeoutSeconds: 60,
    pageCacheMb: 128,
    log: (line) => console.log(line),
  });
  return { uri: neo4j.uri, password };
}

async function stopAll(): Promise<void> {
  await server?.close();
  await driver?.close();
  await neo4j?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
}

process.once('SIGINT', () => void stopAll().finally(() => process.exit(130)));
process.once('SIGTERM', () => void stopAll().finally(() => process.exit(143)));

main()
  .then(stopAll)
  .catch(async (error: unknown) => {
    console.error(`The benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
    await stopAll();
    process.exitCode = 1;
  });
