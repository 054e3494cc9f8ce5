// Builds the web client with Vite when client/dist is missing or older than the client's sources.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLIENT_DIR = path.join(ROOT, 'client');
const BUILT_INDEX = path.join(CLIENT_DIR, 'dist', 'index.html');

export async function ensureClientBuilt(log: (line: string) => void): Promise<void> {
  if (existsSync(BUILT_INDEX) && statSync(BUILT_INDEX).mtimeMs >= newestSourceMtime()) return;
  log('Building the web client (vite build)…');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`The client build failed (vite exit code ${code}); see above.`)),
    );
  });
}

function newestSourceMtime(): number {
  const files = [path.join(ROOT, 'vite.config.ts'), path.join(ROOT, 'package-lock.json'), ...walk(CLIENT_DIR)];
  return Math.max(...files.filter(existsSync).map((file) => statSync(file).mtimeMs));
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'dist') return [];
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}
