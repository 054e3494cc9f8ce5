// When Neo4j goes away the API answers 503 DATABASE_UNAVAILABLE within seconds, and when it comes back the server
// recovers by itself. Uses its own Neo4j (own port, own folder), never the shared test database.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalNeo4j, type LocalNeo4jOptions } from '../../tools/neo4j/local-neo4j';
import { findFreePort } from '../../tools/neo4j/port-check';
import { startTestServer, type TestServer } from '../setup/test-server';
import { getJson, postJson } from './api-client';

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
    };
    neo4j = await LocalNeo4j.start(options);
    server = await startTestServer({ neo4j: { uri: neo4j.uri, user: 'neo4j', password: options.password } });
  }, 240_000);
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
  }, 240_000);

  it('answers a query that was running when the database stopped with a JSON 5xx, not a hang', async () => {
    const running = postJson(`${server.url}/api/cypher`, {
      query: 'UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*) AS pairs',
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const stopped = neo4j!.stop();
    const answer = await running;
    await stopped;
    expect(answer.status).toBeGreaterThanOrEqual(500);
    expect(['DATABASE_UNAVAILABLE', 'TIMEOUT']).toContain(answer.body.error.code);
  }, 120_000);
});
