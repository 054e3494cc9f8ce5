// The graph's gazetteer, read and indexed once and reused while the graph's entities stay the same. At a million
// nodes, reading the 300,000 entities' names took ~2 s and indexing them ~2.5 s (430 MB of heap) for every preview.
// A cached one serves while the numbers of people, agencies, places and events are those it was built from (Neo4j's
// count store: one query that reads no node) and for at most a minute, so a name added by an edit elsewhere is known
// within a minute; a save through this server drops it at once. Concurrent previews share one build.
import { LRUCache } from 'lru-cache';
import type { GazetteerEntry } from './pipeline/gazetteer';
import { Gazetteer } from './pipeline/gazetteer';

const MAX_AGE_MS = 60_000;
/** A build in flight is abandoned when a save clears the cache or newer counts replace it; the preview then retries. */
const ATTEMPTS = 3;

/** Where the gazetteer comes from: the graph's entity counts (its version) and its entities' names. */
export interface GazetteerSource {
  /** Identifies the graph (its database), so two graphs never share a gazetteer. */
  graph: string;
  counts(): Promise<number[]>;
  entries(): Promise<GazetteerEntry[]>;
}

export class GazetteerCache {
  private readonly built: LRUCache<string, Gazetteer>;

  constructor(private readonly source: GazetteerSource) {
    this.built = new LRUCache<string, Gazetteer>({
      // Only the current graph's: a build for other counts replaces it.
      max: 1,
      ttl: MAX_AGE_MS,
      fetchMethod: async () => new Gazetteer(await this.source.entries()),
    });
  }

  async get(): Promise<Gazetteer> {
    let failure: unknown;
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const key = `${this.source.graph}\u0000${(await this.source.counts()).join(',')}`;
      try {
        const gazetteer = await this.built.fetch(key);
        if (gazetteer) return gazetteer;
      } catch (error) {
        // The build was abandoned (see ATTEMPTS) or the names could not be read: try once more with fresh counts.
        failure = error;
      }
    }
    throw failure instanceof Error ? failure : new Error("The graph's names could not be read; try the preview again.");
  }

  /** Forgets the gazetteer: the graph has just changed. */
  clear(): void {
    this.built.clear();
  }
}
