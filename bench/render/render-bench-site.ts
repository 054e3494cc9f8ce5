// Builds the render bench's page with Vite (the project's bundler, so the page runs the same modules the explorer
// ships) into a temporary folder, and serves that folder on a free loopback port until closed.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { build } from 'vite';

const PAGE_ROOT = import.meta.dirname;

export interface RenderBenchSite {
  url: string;
  close(): Promise<void>;
}

export async function startRenderBenchSite(): Promise<RenderBenchSite> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-render-'));
  try {
    await build({
      configFile: false,
      root: PAGE_ROOT,
      base: './',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4_000, reportCompressedSize: false },
    });
    const app = express();
    app.use(express.static(outDir));
    const server = await new Promise<Server>((resolve, reject) => {
      const listening = app.listen(0, '127.0.0.1', (error?: Error) => (error ? reject(error) : resolve(listening)));
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return {
      url: `http://127.0.0.1:${port}/`,
      close: async () => {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        rmSync(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
}
