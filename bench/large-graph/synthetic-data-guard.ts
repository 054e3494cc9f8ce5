// Keeps the synthetic graph from outliving the bench. Ctrl-C stops the write between two batches and waits for the
// batch in flight; in a user's database (NEO4J_URI with BENCH_SYNTHETIC=1) leftovers of an interrupted run are
// deleted first, and every synthetic node is deleted again at the end. The bench's own Neo4j is deleted whole.
import type { BenchStack } from '../bench-stack';
import type { Cleanups } from '../cleanups';
import { SYNTHETIC_ID_PREFIX, SYNTHETIC_LABELS } from './synthetic-graph';
import { deleteSyntheticNodes, hasSyntheticNodes } from './synthetic-graph.repository';

export class SyntheticDataGuard {
  private readonly controller = new AbortController();
  private writing: Promise<unknown> = Promise.resolve();
  private release: () => Promise<void> = async () => undefined;

  private constructor(private readonly stack: BenchStack) {}

  static async open(stack: BenchStack, cleanups: Cleanups): Promise<SyntheticDataGuard> {
    const guard = new SyntheticDataGuard(stack);
    if (stack.external && (await hasSyntheticNodes(stack.driver, SYNTHETIC_LABELS, stack.database))) {
      console.log(`Synthetic nodes ("${SYNTHETIC_ID_PREFIX}…") from an interrupted run are in the database: deleting.`);
      await guard.deleteAll();
    }
    guard.release = cleanups.add(() => guard.stop());
    return guard;
  }

  /** Aborted when the bench is stopping: the writer checks it before every batch. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Remembers the write in progress, so stopping waits for it before deleting. */
  track<T>(writing: Promise<T>): Promise<T> {
    this.writing = writing.catch(() => undefined);
    return writing;
  }

  /** Deletes what was written (in a user's database) now that the part is done. */
  close(): Promise<void> {
    return this.release();
  }

  private async stop(): Promise<void> {
    this.controller.abort();
    await this.writing;
    if (this.stack.external) await this.deleteAll();
  }

  private async deleteAll(): Promise<void> {
    // Twice at most: a batch that committed while the first pass ran is caught by the second.
    for (let pass = 0; pass < 2; pass += 1) {
      const deleted = await deleteSyntheticNodes(this.stack.driver, SYNTHETIC_LABELS, this.stack.database);
      if (deleted === 0) return;
      console.log(`Deleted ${deleted.toLocaleString('en')} synthetic nodes from NEO4J_URI's database.`);
    }
  }
}
