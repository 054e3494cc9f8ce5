// Builds the web client with Vite when client/dist is missing or older than the client's sources: the pages, then
// embed.js and the snapshot renderer (the same three builds as `npm run build`).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLIENT_DIR = path.join(ROOT, 'client');
/** Written by the last of the builds, so its age tells whether all of them are current. */
const BUILT_LAST = path.join(CLIENT_DIR, 'dist', 'snapshot-renderer.js');
const SCRIPTS_CONFIG = 'vite.embed-scripts.config.ts';
const BUILDS = [
  ['build'],
  ['build', '-c', SCRIPTS_CONFIG, '--mode', 'element'],
  ['build', '-c', SCRIPTS_CONFIG, '--mode', 'snapshot'],
];

export async function ensureClientBuilt(log: (line: string) => void): Promise<void> {
  if (existsSync(BUILT_LAST) && statSync(BUILT_LAST).mtimeMs >= newestSourceMtime()) return;
  log('Building the web client (vite build)…');
  for (const args of BUILDS) await runVite(args);
}

function runVite(args: string[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), ...args], {
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
  const files = [
    path.join(ROOT, 'vite.config.ts'),
    path.join(ROOT, SCRIPTS_CONFIG),
    path.join(ROOT, 'package-lock.json'),
    ...walk(CLIENT_DIR),
  ];
  return Math.max(...files.filter(existsSync).map((file) => statSync(file).mtimeMs));
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'dist') return [];
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}
