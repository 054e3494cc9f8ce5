// Two server instances over one Neo4j and one Redis, as behind a load balancer: the per-client budget is shared, and
// what one instance saves the other serves, because neither keeps state of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type TestRedis } from '../setup/redis-server';
import { startTestServer, type TestServer } from '../setup/test-server';

let redis: TestRedis;
let first: TestServer;
let second: TestServer;

beforeAll(async () => {
  redis = await startRedis();
  first = await startTestServer({ redisUrl: redis.url, rateLimitPerMinute: 6 });
  second = await startTestServer({ redisUrl: redis.url, rateLimitPerMinute: 6 });
});

afterAll(async () => {
  await first?.close();
  await second?.close();
  await redis?.stop();
});

describe('two server instances sharing one Neo4j and one Redis', () => {
  it('count one client’s requests together, so the budget holds whichever instance answers', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const server = i % 2 === 0 ? first : second;
      const response = await fetch(`${server.url}/api/schema`);
      await response.arrayBuffer();
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 6)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(statuses.slice(6)).toEqual([429, 429]);
    const refused = await fetch(`${first.url}/api/search?q=ryder`);
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('RATE_LIMITED');
  });

  it('serve from either instance what was saved through the other', async () => {
    const limitless = await startTestServer({ redisUrl: redis.url });
    const other = await startTestServer({ redisUrl: redis.url });
    try {
      const saved = await fetch(`${limitless.url}/api/queries`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Two instances probe', query: 'MATCH (p:Person) RETURN p LIMIT 1' }),
      });
      expect(saved.status).toBe(201);
      const { query } = (await saved.json()) as { query: { id: string } };
      const run = await fetch(`${other.url}/api/queries/${query.id}/run`, { method: 'POST' });
      expect(run.status).toBe(200);
      await fetch(`${other.url}/api/queries/${query.id}`, { method: 'DELETE' });
    } finally {
      await limitless.close();
      await other.close();
    }
  });

  it('refuses to start with a clear message when REDIS_URL names no running Redis', async () => {
    const error = await startTestServer({ redisUrl: 'redis://127.0.0.1:1' }).catch((e: unknown) => e);
    expect(String(error)).toMatch(/Cannot reach Redis at REDIS_URL .*unset REDIS_URL/s);
  });
});
