// Every query is bounded: a runaway query times out with 504, big results stop at the row cap, queries beyond the cap
// wait in a bounded queue (429 when it is full or the wait too long), and too many requests from one client are
// refused with 429 — all configured through startTestServer.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config/load-config';
import { testDriver } from '../setup/test-neo4j';
import { startTestServer, type TestServer } from '../setup/test-server';
import { getJson, postJson } from './api-client';
import { waitForRunningQuery } from './wait-for';

const RUNAWAY = 'UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*) AS pairs';
const defaults = loadConfig({ NEO4J_URI: 'bolt://unused:7687' }).queryLimits;

describe('a runaway query', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ queryLimits: { ...defaults, timeoutMs: 1_500 } });
  });
  afterAll(async () => server.close());

  it('is stopped at the transaction timeout and answers 504 TIMEOUT with advice', async () => {
    const started = Date.now();
    const answer = await postJson(`${server.url}/api/cypher`, { query: RUNAWAY });
    expect(answer.status).toBe(504);
    expect(answer.body.error.code).toBe('TIMEOUT');
    expect(answer.body.error.message).toMatch(/took too long.*LIMIT/);
    expect(Date.now() - started).toBeLessThan(1_500 + 4_000);
  });

  it('leaves the server answering afterwards', async () => {
    const answer = await postJson(`${server.url}/api/cypher`, { query: 'RETURN 1 AS one' });
    expect(answer.body.rows).toEqual([{ one: 1 }]);
  });
});

// With the default timeout, so that on a busy machine the query meets the memory limit long before its timeout.
describe('a memory-hungry query', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server.close());

  it('fails with 400 and advice when it gathers more than a transaction may hold, and the database lives on', async () => {
    // The test Neo4j allows 256 MiB per transaction; fifty million integers in one list need far more.
    const hungry = 'UNWIND range(1, 50000000) AS i WITH collect(i) AS numbers RETURN size(numbers) AS n';
    const answer = await postJson(`${server.url}/api/cypher`, { query: hungry });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('BAD_REQUEST');
    expect(answer.body.error.message).toMatch(/more memory than the database allows.*LIMIT/);
  });
});

describe('the row cap', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ queryLimits: { ...defaults, rowCap: 5 } });
  });
  afterAll(async () => server.close());

  it('cuts a result at the cap and says so in summary.truncated', async () => {
    const answer = await postJson(`${server.url}/api/cypher`, { query: 'UNWIND range(1, 100) AS i RETURN i' });
    expect(answer.body.rows).toEqual([1, 2, 3, 4, 5].map((i) => ({ i })));
    expect(answer.body.summary).toMatchObject({ rows: 5, truncated: true, queryType: 'r' });
  });

  it('does not read the rest of a huge stream', async () => {
    const started = Date.now();
    const answer = await postJson(`${server.url}/api/cypher`, { query: 'UNWIND range(1, 50000000) AS i RETURN i' });
    expect(answer.body.summary).toMatchObject({ rows: 5, truncated: true });
    // Reading all fifty million rows would take far longer than this, even on an idle machine.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('applies to saved queries too', async () => {
    const answer = await postJson(`${server.url}/api/queries/overview/run`, {});
    expect(answer.body.rows).toHaveLength(5);
    expect(answer.body.summary.truncated).toBe(true);
  });

  it('answers the error of a query that fails after some of its rows, never those rows alone', async () => {
    const answer = await postJson(`${server.url}/api/cypher`, { query: 'UNWIND [1, 2, 0] AS x RETURN 10 / x AS y' });
    expect(answer.status).toBe(400);
    expect(answer.body.rows).toBeUndefined();
    expect(answer.body.error.message).toMatch(/zero/i);
  });

  it('does not mark a result that fits as truncated', async () => {
    const answer = await postJson(`${server.url}/api/cypher`, { query: 'UNWIND range(1, 5) AS i RETURN i' });
    expect(answer.body.summary).toMatchObject({ rows: 5, truncated: false });
  });
});

describe('the cap on concurrent queries with its wait queue', () => {
  const slowQuery = () => postJson(`${server.url}/api/cypher`, { query: RUNAWAY });
  let server: TestServer;
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => driver.close());

  describe('with room to wait', () => {
    beforeAll(async () => {
      server = await startTestServer({
        maxConcurrentQueries: 1,
        queryQueue: { length: 5, maxWaitMs: 60_000 },
        queryLimits: { ...defaults, timeoutMs: 2_500 },
      });
    });
    afterAll(async () => server.close());

    it('serves a request that finds every slot taken once the slot frees, instead of refusing it', async () => {
      const slow = slowQuery();
      await waitForRunningQuery(driver, 'range(1, 100000000)');
      const queued = getJson(`${server.url}/api/schema`);
      expect((await slow).status).toBe(504);
      const answer = await queued;
      expect(answer.status).toBe(200);
      expect(answer.body.labels.length).toBeGreaterThan(0);
    });
  });

  describe('with a short wait bound', () => {
    beforeAll(async () => {
      server = await startTestServer({
        maxConcurrentQueries: 1,
        queryQueue: { length: 5, maxWaitMs: 300 },
        queryLimits: { ...defaults, timeoutMs: 2_500 },
      });
    });
    afterAll(async () => server.close());

    it('refuses a request whose wait reaches the bound with 429 RATE_LIMITED and Retry-After', async () => {
      const slow = slowQuery();
      await waitForRunningQuery(driver, 'range(1, 100000000)');
      const started = Date.now();
      const refused = await getJson(`${server.url}/api/schema`);
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
      expect(refused.status).toBe(429);
      expect(refused.body.error).toEqual({
        code: 'RATE_LIMITED',
        message: expect.stringMatching(/no query slot came free within 300 ms/),
      });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect((await slow).status).toBe(504);
      expect((await getJson(`${server.url}/api/schema`)).status).toBe(200);
    });
  });

  describe('with no room to wait', () => {
    beforeAll(async () => {
      server = await startTestServer({
        maxConcurrentQueries: 1,
        queryQueue: { length: 0, maxWaitMs: 60_000 },
        queryLimits: { ...defaults, timeoutMs: 2_500 },
      });
    });
    afterAll(async () => server.close());

    it('refuses a query beyond the cap at once with 429 and Retry-After, and never makes cheap requests wait', async () => {
      const slow = slowQuery();
      await waitForRunningQuery(driver, 'range(1, 100000000)');
      const refused = await getJson(`${server.url}/api/schema`);
      expect(refused.status).toBe(429);
      expect(refused.body.error.code).toBe('RATE_LIMITED');
      expect(refused.body.error.message).toMatch(/running 1 queries and 0 more are waiting/);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      // Requests that do not query the database are answered while the only slot is taken.
      expect((await getJson(`${server.url}/api/health`)).status).toBe(200);
      expect((await getJson(`${server.url}/api/no-such-route`)).body.error.code).toBe('NOT_FOUND');
      expect([200, 503]).toContain((await fetch(`${server.url}/`)).status);
      expect((await slow).status).toBe(504);
      expect((await getJson(`${server.url}/api/schema`)).status).toBe(200);
    });
  });
});

describe('the per-client rate limit', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ rateLimitPerMinute: 3 });
  });
  afterAll(async () => server.close());

  it('answers the request over the limit with 429 RATE_LIMITED JSON and Retry-After', async () => {
    for (let i = 0; i < 3; i += 1) expect((await getJson(`${server.url}/api/queries`)).status).toBe(200);
    const refused = await getJson(`${server.url}/api/schema`);
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({
      error: { code: 'RATE_LIMITED', message: expect.stringMatching(/at most 3 per minute.*Try again in \d+ s/) },
    });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('never limits the health probe', async () => {
    for (let i = 0; i < 5; i += 1) expect((await getJson(`${server.url}/api/health`)).status).toBe(200);
  });
});
