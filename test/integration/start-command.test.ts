// `npm start`'s entry (tools/start.ts) as a user runs it: against the test Neo4j through NEO4J_URI, and with the
// faults people hit — a taken port, an unreachable database, a wrong password — each ending with a clear message,
// a non-zero exit and nothing left running.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFreePort } from '../../tools/neo4j/port-check';
import { testNeo4j } from '../setup/test-neo4j';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface StartRun {
  output: () => string;
  exited: Promise<number | null>;
  stop: (signal: NodeJS.Signals) => void;
  waitForOutput: (pattern: RegExp, timeoutMs: number) => Promise<void>;
}

function runStart(env: Record<string, string>): StartRun {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tools/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    output: () => text,
    exited,
    stop: (signal) => child.kill(signal),
    waitForOutput: async (pattern, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(text)) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`no ${pattern} in output:\n${text}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
  };
}

describe('the start command', () => {
  it('serves the explorer against NEO4J_URI, prints its URL and stops cleanly on SIGTERM', async () => {
    const { uri, password } = testNeo4j();
    const port = await findFreePort();
    const run = runStart({ NEO4J_URI: uri, NEO4J_PASSWORD: password, PORT: String(port) });
    await run.waitForOutput(/explorer ready in [\d.]+ s: http:\/\/127\.0\.0\.1:\d+\//, 90_000);
    expect(run.output()).toMatch(/Connected to Neo4j\/5\.26/);
    expect(run.output()).not.toMatch(/Starting Neo4j/);
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="graph"');
    run.stop('SIGTERM');
    expect(await run.exited).toBe(0);
  });

  it('refuses a taken HTTP port with a message naming PORT', async () => {
    const blocker = net.createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const { uri, password } = testNeo4j();
      const run = runStart({ NEO4J_URI: uri, NEO4J_PASSWORD: password, PORT: String(port) });
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain(`Port ${port} is already in use`);
      expect(run.output()).toContain('PORT=<port>');
    } finally {
      blocker.close();
    }
  });

  it('explains an unreachable NEO4J_URI', async () => {
    const deadPort = await findFreePort();
    const run = runStart({ NEO4J_URI: `bolt://127.0.0.1:${deadPort}`, PORT: String(await findFreePort()) });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(`Cannot reach Neo4j at bolt://127.0.0.1:${deadPort}`);
    expect(run.output()).toContain('unset NEO4J_URI to use the local Neo4j');
  });

  it('explains a wrong password', async () => {
    const run = runStart({
      NEO4J_URI: testNeo4j().uri,
      NEO4J_PASSWORD: 'certainly-not-the-password',
      PORT: String(await findFreePort()),
    });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('rejected user "neo4j"');
    expect(run.output()).toContain('Check NEO4J_USER and NEO4J_PASSWORD');
  });

  it('names the variable when the configuration is invalid', async () => {
    const run = runStart({ NEO4J_URI: testNeo4j().uri, PORT: 'eighty' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/PORT \(got "eighty"\)/);
  });
});
