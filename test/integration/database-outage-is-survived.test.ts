// When Neo4j goes away the API answers 503 DATABASE_UNAVAILABLE within seconds, and when it comes back the server
// recovers by itself — also when it is killed under load, without losing a save. Uses its own Neo4j (own port, own
// folder), never the shared test database.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../server/src/db/create-driver';
import { loadCypher } from '../../tools/loader/load-cypher';
import { LocalNeo4j, type LocalNeo4jOptions } from '../../tools/neo4j/local-neo4j';
import { findFreePort } from '../../tools/neo4j/port-check';
import { startTestServer, type TestServer } from '../setup/test-server';
import { getJson, postJson } from './api-client';
import { Crowd, type Outcome } from './crowd';
import { waitFor, waitForRunningQuery } from './wait-for';

/**
 * Longer than any request may take — the queue wait (10 s) plus the query timeout (15 s) plus the driver's bounds on
 * getting a connection (5 s) — with room for a busy machine: a request still unanswered then has hung.
 */
const REQUEST_DEADLINE_MS = 60_000;

describe('a Neo4j outage', () => {
  let options: LocalNeo4jOptions;
  let neo4j: LocalNeo4j | undefined;
  let server: TestServer;

  beforeAll(async () => {
    options = {
      home: mkdtempSync(path.join(os.tmpdir(), 'kg-outage-')),
      boltPort: await findFreePort(),
      password: 'outage-test-password',
      heap: '512m',
      txTimeoutSeconds: 30,
      pageCacheMb: 32,
      startTimeoutMs: 600_000,
    };
    neo4j = await LocalNeo4j.start(options);
    // The seed graph, so the crowd's reads find what they ask for.
    const loader = createDriver({ uri: neo4j.uri, user: 'neo4j', password: options.password });
    await loadCypher(loader).finally(() => loader.close());
    server = await startTestServer({
      neo4j: { uri: neo4j.uri, user: 'neo4j', password: options.password },
      // One client address sends the whole crowd: lift the per-client limit, keep the server's own.
      rateLimitPerMinute: 1_000_000,
      // An unexpected error is logged with its stack, so a failure here says what the server met.
      logLevel: 'error',
    });
  }, 900_000);
  afterAll(async () => {
    await server?.close();
    await neo4j?.stop();
    rmSync(options.home, { recursive: true, force: true });
  });

  const ask = () => postJson(`${server.url}/api/cypher`, { query: 'RETURN 1 AS one' });

  it('is answered with 503 DATABASE_UNAVAILABLE within seconds, and recovered from without a restart', async () => {
    expect((await ask()).body.rows).toEqual([{ one: 1 }]);
    expect((await getJson(`${server.url}/api/schema`)).status).toBe(200);

    await neo4j!.stop();
    for (const request of [
      ask,
      () => getJson(`${server.url}/api/schema`),
      () => getJson(`${server.url}/api/search?q=x`),
    ]) {
      const started = Date.now();
      const answer = await request();
      expect(answer.status).toBe(503);
      expect(answer.body.error).toEqual({ code: 'DATABASE_UNAVAILABLE', message: expect.stringMatching(/try again/) });
      expect(Date.now() - started).toBeLessThan(8_000);
    }
    const health = await getJson(`${server.url}/api/health`);
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ status: 'degraded', neo4j: { connected: false, version: null } });

    neo4j = await LocalNeo4j.start(options);
    const deadline = Date.now() + 15_000;
    let answer = await ask();
    while (answer.status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      answer = await ask();
    }
    expect(answer.status).toBe(200);
    // Once one query went through, the pool holds no broken connection: every next request succeeds.
    for (let i = 0; i < 20; i += 1) expect((await ask()).status).toBe(200);
    expect((await getJson(`${server.url}/api/health`)).status).toBe(200);
  }, 900_000);

  it('killed with SIGKILL under load: only 503 while down, nothing hangs, recovery within 5 s, no save lost', async () => {
    const crowd = new Crowd({ url: server.url, workers: 12, deadlineMs: REQUEST_DEADLINE_MS, savePrefix: 'outage-' });
    const probe = createDriver({ uri: neo4j!.uri, user: 'neo4j', password: options.password });
    try {
      const ok = (o: Outcome) => o.status !== undefined && o.status < 300;
      await crowd.waitFor(ok, 30, 'answered requests before the crash');
      await neo4j!.kill();
      const killedAt = Date.now();
      await crowd.waitFor((o) => o.startedAt > killedAt, 30, 'requests sent while the database is down');
      const restartedAt = Date.now();
      const restarted = LocalNeo4j.start(options);
      // "The database answers again": the first moment a plain driver of the test's own runs RETURN 1.
      await waitFor(() => answersReturnOne(probe), 'the restarted Neo4j to answer RETURN 1', 600_000);
      const answersAt = Date.now();
      neo4j = await restarted;
      await crowd.waitFor((o) => o.startedAt > answersAt && ok(o), 30, 'answered requests after the restart');
      const outcomes = await crowd.stop();

      // Every request got an answer within its deadline: nothing hung, nothing was cut.
      expect(outcomes.filter((o) => o.failure)).toEqual([]);
      // Each answer is a success, the database's 503, or — while the restarted Neo4j is still cold, or on a machine
      // too busy to keep up — one of the server's deliberate bounds (504 query timeout, 429 waited too long for a
      // slot); while the database was down, only 503.
      const unavailable = (o: Outcome) => o.status === 503 && o.code === 'DATABASE_UNAVAILABLE';
      const bounded = (o: Outcome) =>
        (o.status === 504 && o.code === 'TIMEOUT') || (o.status === 429 && o.code === 'RATE_LIMITED');
      expect(outcomes.filter((o) => !ok(o) && !unavailable(o) && !bounded(o))).toEqual([]);
      const whileDown = outcomes.filter((o) => o.startedAt > killedAt && o.endedAt < restartedAt);
      expect(whileDown.length).toBeGreaterThan(0);
      expect(whileDown.filter((o) => !unavailable(o))).toEqual([]);
      // Recovered within 5 s of the database answering again: from then on the server passes requests to it (no
      // more 503), and none of them meets a broken connection left over from before the crash.
      const after = outcomes.filter((o) => o.startedAt >= answersAt);
      const firstPassed = after.find((o) => !unavailable(o));
      expect(firstPassed).toBeDefined();
      expect(firstPassed!.startedAt - answersAt).toBeLessThanOrEqual(5_000);
      expect(after.filter((o) => o.startedAt >= firstPassed!.startedAt && unavailable(o))).toEqual([]);

      // Every save that was answered 201 is there after the crash and restart.
      const confirmed = outcomes.filter((o) => o.kind === 'save' && o.status === 201).map((o) => o.savedId);
      expect(confirmed.length).toBeGreaterThan(0);
      const listed = (await getJson(`${server.url}/api/queries`)).body.queries.map((q: { id: string }) => q.id);
      expect(confirmed.filter((id) => !listed.includes(id))).toEqual([]);
    } finally {
      await crowd.stop();
      await probe.close();
    }
  }, 900_000);

  it('answers a query that was running when the database stopped with a JSON 5xx, not a hang', async () => {
    const running = postJson(`${server.url}/api/cypher`, {
      query: 'UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*) AS pairs',
    });
    await waitForRunningQuery(server.driver, 'range(1, 100000000)');
    const stopped = neo4j!.stop();
    const answer = await running;
    await stopped;
    expect(answer.status).toBeGreaterThanOrEqual(500);
    expect(['DATABASE_UNAVAILABLE', 'TIMEOUT']).toContain(answer.body.error.code);
  }, 120_000);
});

/** One RETURN 1 in its own session, without the driver's retries: true once the database answers. */
async function answersReturnOne(driver: Driver): Promise<boolean> {
  const session = driver.session();
  try {
    await session.run('RETURN 1');
    return true;
  } catch {
    return false;
  } finally {
    await session.close().catch(() => undefined);
  }
}
