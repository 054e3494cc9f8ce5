// Prints what each page of the built client makes a browser download, gzipped (as served over the network): the
// explorer, the embed page beside it (it loads only what it imports), the layout worker both start, embed.js and
// the snapshot renderer. Run after `vite build` (npm run build does); reads Vite's manifest.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEFAULT_CLIENT_DIR } from '../server/src/config/load-config';

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
  assets?: string[];
}

export interface PageSize {
  page: string;
  js: number;
  css: number;
  worker: number;
}

function gzipped(dir: string, file: string): number {
  return gzipSync(readFileSync(path.join(dir, file)), { level: 9 }).length;
}

/** Gzipped bytes of an HTML entry's scripts (with every chunk they import), styles, and the workers they start. */
export function pageSize(dir: string, manifest: Record<string, ManifestChunk>, entry: string): PageSize {
  const seen = new Set<string>();
  const size: PageSize = { page: entry, js: 0, css: 0, worker: 0 };
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    size.js += gzipped(dir, chunk.file);
    for (const css of chunk.css ?? []) size.css += gzipped(dir, css);
    for (const asset of chunk.assets ?? []) if (asset.endsWith('.js')) size.worker += gzipped(dir, asset);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry);
  return size;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function main(): void {
  const dir = DEFAULT_CLIENT_DIR;
  const manifest = JSON.parse(readFileSync(path.join(dir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const explorer = pageSize(dir, manifest, 'index.html');
  const embed = pageSize(dir, manifest, 'embed.html');
  const total = (size: PageSize) => size.js + size.css;
  console.log('\nGzipped downloads per page (the layout worker, shared by both, loads when a layout runs):');
  for (const [name, size] of [
    ['explorer', explorer],
    ['embed   ', embed],
  ] as const) {
    console.log(`  ${name} ${kb(total(size))} (JS ${kb(size.js)}, CSS ${kb(size.css)}) + worker ${kb(size.worker)}`);
  }
  console.log(`  the embed page is ${((total(embed) / total(explorer)) * 100).toFixed(0)}% of the explorer`);
  console.log(
    `  embed.js ${kb(gzipped(dir, 'embed.js'))}, snapshot renderer ${kb(gzipped(dir, 'snapshot-renderer.js'))}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
