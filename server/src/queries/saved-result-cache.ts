// Keeps the answers of built-in saved queries whose file declares `// @cache <seconds>`: the overview ranks every
// claimant, which on a million-node graph takes longer than a first screen may wait. An answer younger than its
// lifetime is served from memory; an older one is still served at once while a fresh one is computed in the
// background (stale-while-revalidate), so only the first request for a parameter set waits for the database.
// Bounded (least recently used parameter sets go first); keyed by database, query id and parameters.
import { LRUCache } from 'lru-cache';
import type { CypherResult } from '../cypher/cypher-result.schema';

const DEFAULT_MAX_ENTRIES = 200;

type Compute = () => Promise<CypherResult>;

export class SavedResultCache {
  private readonly results: LRUCache<string, CypherResult, Compute>;

  constructor(maxEntries = DEFAULT_MAX_ENTRIES) {
    this.results = new LRUCache<string, CypherResult, Compute>({
      max: maxEntries,
      allowStale: true,
      // A failed refresh keeps the last answer; a failed first computation still fails the request.
      allowStaleOnFetchRejection: true,
      fetchMethod: (_key, _stale, { context }) => context(),
    });
  }

  /** The cached answer for these parameters, or `compute()`'s, kept for `seconds`. */
  async get(
    key: { database?: string; id: string; params: Record<string, unknown> },
    seconds: number,
    compute: Compute,
  ): Promise<CypherResult> {
    // Parameters are validated and in declaration order, so equal requests give equal JSON.
    const text = `${key.database ?? ''}\u0000${key.id}\u0000${JSON.stringify(key.params)}`;
    let failure: unknown;
    const tracked = () =>
      compute().catch((error: unknown) => {
        failure = error;
        throw error;
      });
    const result = await this.results.fetch(text, { ttl: seconds * 1_000, context: tracked });
    // Without an earlier answer to fall back on, the request fails with the computation's own error.
    if (!result) throw failure ?? new Error(`The saved query "${key.id}" gave no result.`);
    return result;
  }

  clear(): void {
    this.results.clear();
  }
}
