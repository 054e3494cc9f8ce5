// Remembers ad-hoc query texts whose plan already passed the read-only check, so asking the same query again (a
// client paging, an embed refreshing, a dashboard) skips the EXPLAIN round trip. Bounded (least recently used go
// first) and keyed by database and exact text. A plan's verdict depends on the text alone (read or write, which
// operators, which procedures), but it is cleared whenever the graph's labels or relationship types change, and the
// READ transaction every query runs in still refuses any write whatever this cache says.
import { LRUCache } from 'lru-cache';

const DEFAULT_MAX_ENTRIES = 1_000;

export class VerifiedQueryCache {
  private readonly verified: LRUCache<string, true>;

  constructor(maxEntries = DEFAULT_MAX_ENTRIES) {
    this.verified = new LRUCache({ max: maxEntries });
  }

  has(database: string | undefined, query: string): boolean {
    return this.verified.get(keyOf(database, query)) === true;
  }

  add(database: string | undefined, query: string): void {
    this.verified.set(keyOf(database, query), true);
  }

  clear(): void {
    this.verified.clear();
  }

  get size(): number {
    return this.verified.size;
  }
}

function keyOf(database: string | undefined, query: string): string {
  // A NUL cannot occur in a database name, so "db\0text" never collides with another pair.
  return `${database ?? ''}\u0000${query}`;
}
