// A failed batch of the bulk loader: which one, what it held, and what Neo4j said. Batches before it are kept
// (each is its own transaction) and a re-run of the same command resumes at this one.

export class BulkLoadError extends Error {
  override name = 'BulkLoadError';

  constructor(
    readonly batch: string,
    readonly detail: string,
    cause: string,
  ) {
    super(
      `Batch ${batch} (${detail}) failed: ${cause}\n` +
        'Nothing of this batch was kept; the batches before it were. Run the same command again to resume here.',
    );
  }
}
