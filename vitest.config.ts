// One vitest run for unit, integration (real Neo4j) and e2e (real Chromium) tests. The global setup starts a
// private Neo4j on a free port with a temporary data folder, so tests never touch the developer's database.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/global-setup.ts'],
    // Files share one Neo4j and some change it (the loader's failure path, Neo4j restarts): run them one by one.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default'],
  },
});
