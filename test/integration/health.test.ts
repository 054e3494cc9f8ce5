// GET /api/health against the real test Neo4j, and against a database that is not there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../tools/neo4j/port-check';
import { startTestServer, type TestServer } from '../setup/test-server';
import { testNeo4j } from '../setup/test-neo4j';

describe('GET /api/health', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server.close());

  it('reports a connected Neo4j 5.26 with its version', async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toEqual({ status: 'ok', neo4j: { connected: true, version: expect.stringMatching(/^5\.26\./) } });
  });

  it('answers 503 with the same shape, quickly, when the database is unreachable', async () => {
    const { user, password } = testNeo4j();
    const deadPort = await findFreePort();
    const offline = await startTestServer({ neo4j: { uri: `bolt://127.0.0.1:${deadPort}`, user, password } });
    try {
      const started = Date.now();
      const response = await fetch(`${offline.url}/api/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'degraded', neo4j: { connected: false, version: null } });
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await offline.close();
    }
  });

  it('answers unknown API routes with a JSON NOT_FOUND error', async () => {
    const response = await fetch(`${server.url}/api/no-such-route`);
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('NOT_FOUND');
  });

  it('answers malformed JSON bodies with BAD_REQUEST, not a server error', async () => {
    const response = await fetch(`${server.url}/api/queries/overview/run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"params": ',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toEqual({
      code: 'BAD_REQUEST',
      message: 'The request body is not valid JSON.',
    });
  });
});
