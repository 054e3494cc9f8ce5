// What must be undone before the bench exits (stop Neo4j, close Chromium, delete synthetic data), run last-in
// first-out both after a normal run and on Ctrl-C, each step once, a failing step never skipping the others.

export class Cleanups {
  private readonly steps: (() => Promise<void>)[] = [];
  private running: Promise<void> | undefined;

  /** Adds a step; the returned function runs it now (and removes it) for parts that finish normally. */
  add(step: () => Promise<void>): () => Promise<void> {
    this.steps.push(step);
    return async () => {
      const index = this.steps.indexOf(step);
      if (index < 0) return;
      this.steps.splice(index, 1);
      await step();
    };
  }

  /** Runs every step left; a second call while they run (Ctrl-C during the normal ending) waits for the same run. */
  runAll(): Promise<void> {
    this.running ??= this.runSteps().finally(() => (this.running = undefined));
    return this.running;
  }

  private async runSteps(): Promise<void> {
    for (let step = this.steps.pop(); step; step = this.steps.pop()) {
      await step().catch((error: unknown) =>
        console.error(`A clean-up step failed: ${error instanceof Error ? error.message : String(error)}`),
      );
    }
  }
}
