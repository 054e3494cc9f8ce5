import { describe, expect, it } from 'vitest';
import { VerifiedQueryCache } from '../../server/src/cypher/verified-query-cache';

describe('VerifiedQueryCache', () => {
  it('knows a query text only for the database it was verified against', () => {
    const cache = new VerifiedQueryCache();
    cache.add('neo4j', 'RETURN 1');
    expect(cache.has('neo4j', 'RETURN 1')).toBe(true);
    expect(cache.has('other', 'RETURN 1')).toBe(false);
    expect(cache.has('neo4j', 'RETURN 1 ')).toBe(false);
    expect(cache.has(undefined, 'RETURN 1')).toBe(false);
  });

  it('forgets the least recently used text beyond its bound, and everything when cleared', () => {
    const cache = new VerifiedQueryCache(2);
    cache.add(undefined, 'a');
    cache.add(undefined, 'b');
    cache.has(undefined, 'a');
    cache.add(undefined, 'c');
    expect([cache.has(undefined, 'a'), cache.has(undefined, 'b'), cache.has(undefined, 'c')]).toEqual([
      true,
      false,
      true,
    ]);
    cache.clear();
    expect(cache.size).toBe(0);
  });
});
