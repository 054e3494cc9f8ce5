// Preloaded into the server under load (`--expose-gc --import ./bench/load/memory-probe.ts`) so `npm run load` can
// tell memory the server still holds from memory V8 and the allocator simply have not given back: asked over the IPC
// channel, it runs a full garbage collection and answers with process.memoryUsage(). The server's code knows
// nothing of it; only the load command starts the server this way.

export interface MemoryAnswer {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

export const MEMORY_QUESTION = 'kg-explorer:memory-after-gc';

if (process.send) {
  // The channel must not keep the server alive once it wants to exit (after SIGTERM).
  process.channel?.unref();
  process.on('message', (message) => {
    if (message !== MEMORY_QUESTION) return;
    const gc = (globalThis as { gc?: () => void }).gc;
    // Twice: the first pass may only find what the second can free (weak references, finalizers).
    gc?.();
    gc?.();
    const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
    process.send?.({ rss, heapUsed, heapTotal, external, arrayBuffers } satisfies MemoryAnswer);
  });
}
