// SIGTERM lets in-flight requests finish with their answer, refuses new connections, closes the driver and exits 0.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFreePort } from '../../tools/neo4j/port-check';
import { testNeo4j } from '../setup/test-neo4j';
import { postJson } from './api-client';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('the server process on SIGTERM', () => {
  it('drains the request in flight, then stops with exit code 0', async () => {
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
        QUERY_TIMEOUT_MS: '2000',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
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
      // A query that runs until the 2 s timeout: in flight while the signal arrives.
      const inFlight = postJson(`${url}/api/cypher`, {
        query: 'UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*) AS pairs',
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 200));
      await expect(fetch(`${url}/api/health`)).rejects.toThrow();
      const answer = await inFlight;
      expect(answer.status).toBe(504);
      expect(answer.body.error.code).toBe('TIMEOUT');
      expect(await exited).toBe(0);
      expect(output.join('')).toMatch(/draining requests/);
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);
});
