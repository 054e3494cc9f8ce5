// Builds the web client from client/ into client/dist, which the Express server serves.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'client',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2_000,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000', '/embed': 'http://127.0.0.1:3000' },
  },
});
