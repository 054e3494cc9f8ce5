// Builds the web client from client/ into client/dist, which the Express server serves: the explorer (index.html)
// and the embed page (embed.html, which the server fills with a view), each with only the modules it imports.
import path from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'client',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2_000,
    manifest: true,
    rollupOptions: {
      input: {
        explorer: path.resolve(import.meta.dirname, 'client/index.html'),
        embed: path.resolve(import.meta.dirname, 'client/embed.html'),
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000', '/embed': 'http://127.0.0.1:3000' },
  },
});
