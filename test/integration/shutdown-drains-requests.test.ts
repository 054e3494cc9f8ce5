// SIGTERM lets in-flight requests finish with their answer — those running and those waiting for a query slot —,
// refuses new connections, closes the driver and exits 0.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFreePort } from '../../tools/neo4j/port-check';
import { testDriver, testNeo4j } from '../setup/test-neo4j';
import { getJson, postJson, type ApiAnswer } from './api-client';
import { waitFor, waitForRunningQuery } from './wait-for';

const ROOT = path.resolve(import.meta.dirname, '../..');
const runaway = (marker: number) =>
  `UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*) + ${marker} AS pairs`;

describe('the server process on SIGTERM', () => {
  it('drains the requests running and queued, refuses new connections, then stops with exit code 0', async () => {
    const { uri, user, password } = testNeo4j();
    const port = await findFreePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NEO4J_URI: uri,
        NEO4J_USER: user,
        NEO4J_PASSWORD: password,
        PORT: String(port),
        QUERY_TIMEOUT_MS: '10000',
        MAX_CONCURRENT_QUERIES: '2',
        QUERY_QUEUE_LENGTH: '10',
        QUERY_QUEUE_WAIT_MS: '60000',
        LOG_LEVEL: 'debug',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const driver = testDriver();
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output.push(chunk.toString());
          if (chunk.toString().includes('server listening')) resolve();
        });
        child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
        child.once('exit', (code) => reject(new Error(`the server exited early (${code}): ${output.join('')}`)));
      });
      const url = `http://127.0.0.1:${port}`;
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
      expect(await exited).toBe(0);
      // Drained soon after the running queries' 10 s timeout (with room for a busy machine), not at the grace's end.
      expect(Date.now() - signalledAt).toBeLessThan(10_000 + 30_000);
      expect(output.join('')).toMatch(/draining requests/);
    } finally {
      child.kill('SIGKILL');
      await driver.close();
    }
  }, 120_000);
});
