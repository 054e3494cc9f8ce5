// The entry of the worker thread that writes the node import files: plain JavaScript that loads the TypeScript
// worker through tsx's API, so the thread works under `tsx` and under vitest alike (a worker thread does not inherit
// a loader registered with `--import`).
import { tsImport } from 'tsx/esm/api';

await tsImport('./import-files-worker.ts', import.meta.url);
