import { describe, expect, it } from 'vitest';
import type { CypherResult } from '../../server/src/cypher/cypher-result.schema';
import { SavedResultCache } from '../../server/src/queries/saved-result-cache';

function answer(n: number): CypherResult {
  return {
    columns: ['n'],
    rows: [{ n }],
    graph: { nodes: [], edges: [] },
    summary: { queryType: 'r', rows: 1, truncated: false, ms: 1 },
  } as CypherResult;
}

describe('SavedResultCache', () => {
  it('computes once per query and parameters, and again for other parameters or another database', async () => {
    const cache = new SavedResultCache();
    let computed = 0;
    const compute = async () => answer(++computed);
    const key = { id: 'overview', params: { limit: 40 } };
    expect((await cache.get(key, 60, compute)).rows).toEqual([{ n: 1 }]);
    expect((await cache.get(key, 60, compute)).rows).toEqual([{ n: 1 }]);
    expect((await cache.get({ ...key, params: { limit: 10 } }, 60, compute)).rows).toEqual([{ n: 2 }]);
    expect((await cache.get({ ...key, database: 'other' }, 60, compute)).rows).toEqual([{ n: 3 }]);
  });

  it('answers an expired entry at once and computes a fresh one behind it', async () => {
    const cache = new SavedResultCache();
    let computed = 0;
    let release: () => void = () => undefined;
    const key = { id: 'overview', params: {} };
    await cache.get(key, 1, async () => answer(++computed));
    const expired = Date.now() + 1_100;
    while (Date.now() < expired) await new Promise((resolve) => setImmediate(resolve));
    const slow = () =>
      new Promise<CypherResult>((resolve) => {
        release = () => resolve(answer(++computed));
      });
    expect((await cache.get(key, 1, slow)).rows).toEqual([{ n: 1 }]);
    release();
    await expect.poll(async () => (await cache.get(key, 1, slow)).rows).toEqual([{ n: 2 }]);
  });

  it('fails the first request when the first computation fails', async () => {
    const cache = new SavedResultCache();
    await expect(cache.get({ id: 'x', params: {} }, 60, () => Promise.reject(new Error('down')))).rejects.toThrow(
      'down',
    );
  });
});
