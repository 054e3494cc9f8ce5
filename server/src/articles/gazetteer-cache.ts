// The graph's gazetteer, read and indexed once and reused while the graph's entities stay the same. At a million
// nodes, reading the 300,000 entities' names took ~2 s and indexing them ~2.5 s (430 MB of heap) for every preview.
// A cached one serves while the numbers of people, agencies, places and events are those it was built from (Neo4j's
// count store: one query that reads no node) and for at most a minute, so a name added by an edit elsewhere is known
// within a minute; a save through this server drops it at once. Concurrent previews share one build.
import { LRUCache } from 'lru-cache';
import type { Driver } from 'neo4j-driver';
import type { QueryTarget } from '../db/query-target';
import { readEntityCounts, readGazetteer } from './articles.repository';
import { Gazetteer } from './pipeline/gazetteer';

const MAX_AGE_MS = 60_000;

export class GazetteerCache {
  private readonly built: LRUCache<string, Gazetteer>;

  constructor(
    private readonly driver: Driver,
    private readonly target: QueryTarget,
  ) {
    this.built = new LRUCache<string, Gazetteer>({
      // Only the current graph's: a build for other counts replaces it.
      max: 1,
      ttl: MAX_AGE_MS,
      fetchMethod: async () => new Gazetteer(await readGazetteer(this.driver, this.target)),
    });
  }

  async get(): Promise<Gazetteer> {
    const counts = await readEntityCounts(this.driver, this.target);
    const gazetteer = await this.built.fetch(`${this.target.database ?? ''}\u0000${counts.join(',')}`);
    if (!gazetteer) throw new Error("The graph's names could not be read; try the preview again.");
    return gazetteer;
  }

  /** Forgets the gazetteer: the graph has just changed. */
  clear(): void {
    this.built.clear();
  }
}
