// `npm run load`: serves a crowd and says how it went. Starts its own Neo4j (temporary folder, seed graph) and the
// server in a child process — or targets a running server on this machine with --url — then sends the realistic
// request mix of traffic-mix.ts from many connections at once with autocannon for a bounded time, and prints
// requests/s, latency percentiles, answers by status (and by kind of request) and the server's memory before,
// at its peak and after (and, for a server it started, its heap after a full garbage collection before and after).
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../../server/src/db/create-driver';
import { loadCypher } from '../../tools/loader/load-cypher';
import { LocalNeo4j } from '../../tools/neo4j/local-neo4j';
import { findFreePort } from '../../tools/neo4j/port-check';
import { Cleanups } from '../cleanups';
import { readGraphSample } from './graph-sample';
import { readLoadSettings, type LoadSettings } from './load-settings';
import { LOAD_QUERY_PREFIX, TrafficMix, type MixRequest } from './traffic-mix';
import { printLoadReport, type LoadFigures } from './load-report';
import { residentMiB, startServerProcess, type ServerProcess } from './server-process';

const log = (line: string): void => console.log(line);
const cleanups = new Cleanups();

/** Seconds of light traffic before the measured run, so the first figures are not the JIT's and caches' warm-up. */
const WARMUP_SECONDS = 3;
/** An answer slower than this counts as a timeout (it should never happen: the server's own bounds are shorter). */
const REQUEST_TIMEOUT_SECONDS = 60;

async function main(): Promise<void> {
  const settings = readLoadSettings(process.argv.slice(2), process.env);
  const target: Pick<ServerProcess, 'url'> & Partial<ServerProcess> = settings.url
    ? { url: settings.url, pid: settings.pid }
    : await startOwnStack();
  log(`Reading ids and saved queries from ${target.url} …`);
  const mix = new TrafficMix(await readGraphSample(target.url));
  cleanups.add(() => deleteSavedQueries(target.url, mix, settings.token));

  log(`Warming up for ${WARMUP_SECONDS} s …`);
  await runTraffic(target.url, mix, { ...settings, durationSeconds: WARMUP_SECONDS, connections: 10 });
  const gcBefore = await target.memoryAfterGc?.();
  const rssBefore = residentMiB(target.pid);
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak ?? 0, residentMiB(target.pid) ?? 0)), 500);

  log(`Loading ${target.url} with ${settings.connections} connections for ${settings.durationSeconds} s …`);
  const run = await runTraffic(target.url, mix, settings);
  clearInterval(sampler);
  await deleteSavedQueries(target.url, mix, settings.token);
  // A few idle seconds, so "after" shows what the server keeps rather than what the last requests still hold.
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  const rssAfter = residentMiB(target.pid);
  const gcAfter = await target.memoryAfterGc?.();
  printLoadReport(log, {
    ...run,
    settings,
    rss: { before: rssBefore, peak: rssPeak, after: rssAfter },
    afterGc: gcBefore && gcAfter ? { before: gcBefore, after: gcAfter } : undefined,
  });
}

async function startOwnStack(): Promise<ServerProcess> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'kg-load-neo4j-'));
  cleanups.add(async () => rmSync(home, { recursive: true, force: true }));
  const password = 'load-test-password';
  const neo4j = await LocalNeo4j.start({
    home,
    boltPort: await findFreePort(),
    password,
    heap: '1g',
    txTimeoutSeconds: 60,
    pageCacheMb: 256,
    log,
  });
  cleanups.add(() => neo4j.stop());
  const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password });
  try {
    log('Loading cypher/ …');
    await loadCypher(driver);
  } finally {
    await driver.close();
  }
  const server = await startServerProcess({
    NEO4J_URI: neo4j.uri,
    NEO4J_PASSWORD: password,
    // Every connection comes from 127.0.0.1, one "client" to the per-client limit: lift it, so the run measures the
    // server's own limits (query slots and their queue), as a crowd of separate clients would meet them.
    RATE_LIMIT_PER_MINUTE: '1000000',
    LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
  });
  cleanups.add(() => server.stop());
  log(`Server (pid ${server.pid}) listening at ${server.url}.`);
  return server;
}

async function runTraffic(
  url: string,
  mix: TrafficMix,
  settings: LoadSettings,
): Promise<Pick<LoadFigures, 'result' | 'latenciesMs' | 'statusByKind'>> {
  const latenciesMs: number[] = [];
  const statusByKind = new Map<string, Map<number, number>>();
  const authorization = settings.token ? { authorization: `Bearer ${settings.token}` } : {};
  let finished: (error: Error | null, result: autocannon.Result) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finished = (error, result) => (error ? reject(error) : resolve(result));
  });
  const instance = autocannon(
    {
      url,
      connections: settings.connections,
      duration: settings.durationSeconds,
      timeout: REQUEST_TIMEOUT_SECONDS,
      requests: [
        {
          setupRequest: (request, context) => {
            const next = mix.next();
            (context as { sent?: MixRequest }).sent = next;
            return {
              ...request,
              method: next.method,
              path: next.path,
              body: next.body,
              headers: { ...request.headers, 'content-type': 'application/json', ...authorization },
            };
          },
          onResponse: (status, _body, context) => {
            const sent = (context as { sent?: MixRequest }).sent;
            if (!sent) return;
            mix.answered(sent, status);
            const counts = statusByKind.get(sent.kind) ?? new Map<number, number>();
            counts.set(status, (counts.get(status) ?? 0) + 1);
            statusByKind.set(sent.kind, counts);
          },
        },
      ],
    },
    (error, result) => finished(error, result),
  );
  instance.on('response', (_client, _status, _bytes, responseTime) => latenciesMs.push(responseTime));
  const stop = (): void => instance.stop();
  process.once('SIGINT', stop);
  const result = await done;
  process.off('SIGINT', stop);
  return { result, latenciesMs, statusByKind };
}

/** Removes the queries the run saved (and any a stopped run left behind), so a target server is left as found. */
async function deleteSavedQueries(url: string, mix: TrafficMix, token: string | undefined): Promise<void> {
  const headers = token ? { authorization: `Bearer ${token}` } : undefined;
  const listed = (await (await fetch(`${url}/api/queries`)).json()) as { queries?: { id: string }[] };
  const ids = new Set([...mix.savedIds, ...(listed.queries ?? []).map((q) => q.id)]);
  for (const id of ids) {
    if (id.startsWith(LOAD_QUERY_PREFIX)) await fetch(`${url}/api/queries/${id}`, { method: 'DELETE', headers });
  }
  mix.savedIds.length = 0;
}

main()
  .catch((error: unknown) => {
    console.error(`\nThe load run failed:\n${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => cleanups.runAll());

process.once('SIGINT', () => void cleanups.runAll().then(() => process.exit(130)));
