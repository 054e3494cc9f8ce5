// `npm start` entry: installs the npm dependencies on a fresh clone, then hands over to tools/start.ts.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const [major] = process.versions.node.split('.').map(Number);
if (major < 20) {
  console.error(`Node.js ${process.versions.node} is too old: the explorer needs Node.js 20 or newer.`);
  process.exit(1);
}
if (!existsSync(tsx)) {
  console.log('Installing npm dependencies (npm ci)…');
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (install.status !== 0) {
    console.error('npm ci failed; fix the error above (is the npm registry reachable?) and run npm start again.');
    process.exit(1);
  }
}
const child = spawn(process.execPath, [tsx, path.join(root, 'tools', 'start.ts')], { stdio: 'inherit' });
// Ctrl-C reaches the whole process group; the child handles it, this process just waits for its exit code.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
