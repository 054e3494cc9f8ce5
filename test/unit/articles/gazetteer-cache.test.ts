// The gazetteer cache: one build while the entity counts stand, a new one when they change or after a save, and a
// preview that was waiting on a build a save abandoned still gets a gazetteer.
import { describe, expect, it } from 'vitest';
import { GazetteerCache } from '../../../server/src/articles/gazetteer-cache';
import type { GazetteerEntry } from '../../../server/src/articles/pipeline/gazetteer';

const KYIV: GazetteerEntry = { id: 'place:kyiv', label: 'Place', name: 'Kyiv', aliases: [], kind: 'city' };

describe('the gazetteer cache', () => {
  it('builds once while the entity counts stand, again when they change or after a clear', async () => {
    let counts = [1, 0, 1, 0];
    let builds = 0;
    const cache = new GazetteerCache({
      graph: 'neo4j',
      counts: async () => counts,
      entries: async () => {
        builds += 1;
        return [KYIV];
      },
    });
    const first = await cache.get();
    expect(await cache.get()).toBe(first);
    expect(builds).toBe(1);
    counts = [2, 0, 1, 0];
    expect(await cache.get()).not.toBe(first);
    expect(builds).toBe(2);
    cache.clear();
    await cache.get();
    expect(builds).toBe(3);
  });

  it('gives a preview waiting on a build that a save abandoned a gazetteer all the same', async () => {
    let release: (() => void) | undefined;
    let builds = 0;
    const cache = new GazetteerCache({
      graph: 'neo4j',
      counts: async () => [1, 0, 1, 0],
      entries: async () => {
        builds += 1;
        if (builds === 1) await new Promise<void>((resolve) => (release = resolve));
        return [KYIV];
      },
    });
    const waiting = cache.get();
    await expect.poll(() => release).toBeDefined();
    cache.clear();
    release!();
    expect((await waiting).entry('place:kyiv')).toEqual(KYIV);
    expect(builds).toBe(2);
  });

  it('fails with the reason when the names cannot be read', async () => {
    const cache = new GazetteerCache({
      graph: 'neo4j',
      counts: async () => [1],
      entries: async () => {
        throw new Error('Neo4j is unreachable');
      },
    });
    await expect(cache.get()).rejects.toThrow('Neo4j is unreachable');
  });
});
