// The server under load runs in a child process of its own (`server/src/index.ts`, exactly as `npm run serve`), so the
// load generator never shares its event loop or its memory figures; its resident memory is read from /proc, and its
// heap after a full garbage collection is asked for over an IPC channel (memory-probe.ts, preloaded).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MEMORY_QUESTION, type MemoryAnswer } from './memory-probe';
import { findFreePort } from '../../tools/neo4j/port-check';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ServerProcess {
  url: string;
  pid: number;
  /** The server's memory right after a full garbage collection. */
  memoryAfterGc(): Promise<MemoryAnswer>;
  stop(): Promise<void>;
}

export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await findFreePort();
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', '--import', './bench/load/memory-probe.ts', 'server/src/index.ts'],
    {
      cwd: ROOT,
      env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  );
  const output: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdout!.on('data', (chunk: Buffer) => remember(output, chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => remember(output, chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  // Whatever the log level, the server is up once its health probe answers.
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`The server exited before listening (${child.exitCode}):\n${output.join('')}`);
    const healthy = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, pid: child.pid!, memoryAfterGc: () => askMemory(child), stop: () => stop(child, exited) };
}

function askMemory(child: ChildProcess): Promise<MemoryAnswer> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The server did not report its memory within 30 s.')), 30_000);
    child.once('message', (answer) => {
      clearTimeout(timer);
      resolve(answer as MemoryAnswer);
    });
    child.send(MEMORY_QUESTION);
  });
}

async function stop(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

/** Resident memory of a process in MiB, or undefined when it cannot be read (not Linux, or no such process). */
export function residentMiB(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const kib = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kib ? Number(kib) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

function remember(lines: string[], text: string): void {
  lines.push(text);
  if (lines.length > 40) lines.shift();
}
