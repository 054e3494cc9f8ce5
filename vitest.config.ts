// One vitest run, two projects. "unit" needs nothing running. "database" (integration against a real Neo4j, e2e in
// a real Chromium) shares one private Neo4j that the global setup starts on a free port with a temporary data
// folder, so tests never touch the developer's database; running only unit tests never starts it.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'database',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/setup/global-setup.ts'],
          // Files share one Neo4j and some change it (the loader's failure path, Neo4j restarts): one at a time.
          fileParallelism: false,
          // expect.poll waits for a condition; its default of 1 s is too short while other work keeps the cores busy.
          expect: { poll: { timeout: 30_000 } },
        },
      },
    ],
  },
});
