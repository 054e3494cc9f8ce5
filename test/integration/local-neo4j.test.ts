// The local Neo4j launcher's faults: a taken port, and no orphan JVM when the process that started it dies.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalNeo4j } from '../../tools/neo4j/local-neo4j';
import { findFreePort } from '../../tools/neo4j/port-check';
import { PortInUseError } from '../../tools/neo4j/toolchain-errors';
import { testNeo4j } from '../setup/test-neo4j';

function jvmsUsing(home: string): number {
  try {
    return execFileSync('pgrep', ['-f', `neo4j.home=${home}`], { encoding: 'utf8' })
      .trim()
      .split('\n').length;
  } catch {
    return 0;
  }
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return check();
}

describe('the local Neo4j launcher', () => {
  it('refuses a Bolt port that is already taken and says which variable to change', async () => {
    const attempt = LocalNeo4j.start({
      home: path.join(os.tmpdir(), 'kg-never-used'),
      boltPort: testNeo4j().boltPort,
      password: 'irrelevant-password',
      heap: '256m',
      txTimeoutSeconds: 5,
    });
    await expect(attempt).rejects.toBeInstanceOf(PortInUseError);
    await expect(attempt).rejects.toThrow(/NEO4J_BOLT_PORT/);
  });

  it('stops its JVM by itself when the parent process is killed', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'kg-orphan-'));
    const port = await findFreePort();
    const script = [
      "import { LocalNeo4j } from './tools/neo4j/local-neo4j.ts';",
      `await LocalNeo4j.start({ home: ${JSON.stringify(home)}, boltPort: ${port}, password: 'orphan-test-pw',`,
      "  heap: '512m', txTimeoutSeconds: 5, pageCacheMb: 32 });",
      "console.log('STARTED');",
      'setInterval(() => {}, 1000);',
    ].join('\n');
    const parent = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        parent.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('STARTED') && resolve());
        parent.once('exit', (code) => reject(new Error(`the parent exited early with ${code}`)));
      });
      expect(jvmsUsing(home)).toBe(1);
      parent.kill('SIGKILL');
      expect(await waitFor(() => jvmsUsing(home) === 0, 30_000)).toBe(true);
    } finally {
      parent.kill('SIGKILL');
      rmSync(home, { recursive: true, force: true });
    }
  }, 120_000);
});
