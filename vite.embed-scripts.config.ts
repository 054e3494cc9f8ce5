// Builds the two single-file scripts that run outside the explorer's pages, after the main build (same client/dist):
// `--mode element` → embed.js, the <kg-view> element that third-party pages load with one <script> tag;
// `--mode snapshot` → snapshot-renderer.js, the renderer the explorer inlines into an HTML snapshot (no imports,
// no workers, its CSS inside), so the snapshot opens from a file with no network.
import path from 'node:path';
import { defineConfig } from 'vite';

const ENTRIES = {
  element: { entry: 'client/src/embed-element/kg-view-element.ts', fileName: 'embed.js', name: 'KgView' },
  snapshot: { entry: 'client/src/embed/snapshot-main.ts', fileName: 'snapshot-renderer.js', name: 'KgSnapshot' },
} as const;

export default defineConfig(({ mode }) => {
  const target = ENTRIES[mode as keyof typeof ENTRIES];
  if (!target) throw new Error(`Build with --mode ${Object.keys(ENTRIES).join(' or --mode ')}`);
  return {
    publicDir: false,
    build: {
      outDir: 'client/dist',
      emptyOutDir: false,
      sourcemap: false,
      copyPublicDir: false,
      lib: {
        entry: path.resolve(import.meta.dirname, target.entry),
        formats: ['iife'],
        name: target.name,
        fileName: () => target.fileName,
      },
    },
  };
});
