// Wraps a function so that many calls in one task (graphology fires an event per node while a result is merged)
// run it once, after the current task. The one batcher of the client: core, views and the renderer share it.
export function batchInMicrotask(run: () => void): () => void {
  let scheduled = false;
  return () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      run();
    });
  };
}
