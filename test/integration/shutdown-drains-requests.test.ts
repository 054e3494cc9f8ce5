// SIGTERM lets in-flight requests finish with their answer — those running and those waiting for a query slot —,
// refuses new connections, closes the driver and exits 0; under a crowd too, without cutting a request or losing a save.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFreePort } from '../../tools/neo4j/port-check';
import { testDriver, testNeo4j } from '../setup/test-neo4j';
import { getJson, postJson, type ApiAnswer } from './api-client';
import { Crowd, type Outcome } from './crowd';
import { waitFor, waitForRunningQuery } from './wait-for';

const ROOT = path.resolve(import.meta.dirname, '../..');
const runaway = (marker: number) =>
  `UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*) + ${marker} AS pairs`;

describe('the server process on SIGTERM', () => {
  it('drains the requests running and queued, refuses new connections, then stops with exit code 0', async () => {
    const { child, output, exited, url } = await startServerProcess({
      QUERY_TIMEOUT_MS: '10000',
      MAX_CONCURRENT_QUERIES: '2',
      QUERY_QUEUE_LENGTH: '10',
      QUERY_QUEUE_WAIT_MS: '60000',
      LOG_LEVEL: 'debug',
    });
    const driver = testDriver();
    try {
      // Two queries that run until the 10 s timeout take both slots; three more wait in the queue behind them.
      const running = [1, 2].map((marker) => postJson(`${url}/api/cypher`, { query: runaway(marker) }));
      await waitForRunningQuery(driver, 'count(*) + 1');
      await waitForRunningQuery(driver, 'count(*) + 2');
      const queued = [
        getJson(`${url}/api/schema`),
        getJson(`${url}/api/search?q=Kursk`),
        postJson(`${url}/api/cypher`, { query: 'RETURN 1 AS one' }),
      ];
      // The server logs (at debug level) each request that starts waiting for a slot.
      await waitFor(
        () => output.join('').split('waiting for a query slot').length - 1 === 3,
        'the three queued requests to wait in the queue',
      );

      const signalledAt = Date.now();
      child.kill('SIGTERM');
      // New connections are refused once the server has stopped listening.
      await waitFor(
        () =>
          fetch(`${url}/api/health`).then(
            () => false,
            () => true,
          ),
        'new connections to be refused',
      );
      const answers: ApiAnswer[] = await Promise.all([...running, ...queued]);
      expect(answers.slice(0, 2).map((answer) => answer.body.error?.code)).toEqual(['TIMEOUT', 'TIMEOUT']);
      expect(answers.slice(2).map((answer) => answer.status)).toEqual([200, 200, 200]);
      // Each answer given while draining closes its connection, so no client sends another request on it.
      expect(answers.map((answer) => answer.headers.get('connection'))).toEqual(Array(5).fill('close'));
      expect(await exited).toBe(0);
      // Drained soon after the running queries' 10 s timeout (with room for a busy machine), not at the grace's end.
      expect(Date.now() - signalledAt).toBeLessThan(10_000 + 30_000);
      expect(output.join('')).toMatch(/draining requests/);
    } finally {
      child.kill('SIGKILL');
      await driver.close();
    }
  }, 120_000);

  it('under a crowd: no request hangs, those taken in are answered, the rest refused, no confirmed save lost', async () => {
    const { child, exited, url, output } = await startServerProcess({
      // One client address sends the whole crowd: lift the per-client limit, keep the server's own.
      RATE_LIMIT_PER_MINUTE: '1000000',
      LOG_LEVEL: 'warn',
    });
    const driver = testDriver();
    const crowd = new Crowd({ url, workers: 12, deadlineMs: 60_000, savePrefix: 'sigterm-crowd-' });
    try {
      const ok = (o: Outcome) => o.status !== undefined && o.status < 300;
      await crowd.waitFor(ok, 30, 'answered requests before the signal');
      const signalledAt = Date.now();
      child.kill('SIGTERM');
      await crowd.waitFor((o) => o.failure === 'ECONNREFUSED', 1, 'a request refused at connect');
      const outcomes = await crowd.stop();
      expect(await exited, output.join('')).toBe(0);

      // Every request ends: answered, or refused — at connect, or, for a request written on a keep-alive connection
      // that sat idle (nothing of it read yet) when the server closed it, by a reset before any answer: the one race
      // HTTP/1.1 leaves open, which browsers meet by sending the request again. None hangs.
      const refused = (o: Outcome) => ['ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET'].includes(o.failure ?? '');
      expect(outcomes.filter((o) => o.status === undefined && !refused(o))).toEqual([]);
      expect(outcomes.some((o) => o.startedAt >= signalledAt && o.failure === 'ECONNREFUSED')).toBe(true);
      // An answer is a success or, on a machine too busy to keep up, one of the server's deliberate bounds (429, 504):
      // a request the server took in was drained, not cut.
      const answered = outcomes.filter((o) => o.status !== undefined);
      expect(answered.filter((o) => !ok(o) && o.status !== 429 && o.status !== 504)).toEqual([]);
      expect(answered.filter((o) => o.startedAt < signalledAt).length).toBeGreaterThanOrEqual(30);
      // Every save the server confirmed is in the database.
      const confirmed = outcomes.filter((o) => o.kind === 'save' && o.status === 201).map((o) => o.savedId);
      const stored = await driver.executeQuery(
        'MATCH (q:_SavedQuery) WHERE q.id STARTS WITH $prefix RETURN collect(q.id) AS ids',
        { prefix: 'sigterm-crowd-' },
      );
      const ids = stored.records[0]?.get('ids') as string[];
      expect(confirmed.filter((id) => !ids.includes(id!))).toEqual([]);
    } finally {
      await crowd.stop();
      child.kill('SIGKILL');
      await driver
        .executeQuery('MATCH (q:_SavedQuery) WHERE q.id STARTS WITH $prefix DETACH DELETE q', {
          prefix: 'sigterm-crowd-',
        })
        .finally(() => driver.close());
    }
  }, 180_000);
});

/** Starts `server/src/index.ts` as `npm run serve` would, on the test Neo4j, and resolves once it listens. */
async function startServerProcess(env: Record<string, string>) {
  const { uri, user, password } = testNeo4j();
  const port = await findFreePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  // Listening once its health probe answers, whatever the log level.
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`the server exited early (${child.exitCode}): ${output.join('')}`);
      return fetch(`${url}/api/health`).then(
        (response) => response.ok,
        () => false,
      );
    },
    'the server to listen',
    120_000,
  );
  return { child, output, exited, url };
}
