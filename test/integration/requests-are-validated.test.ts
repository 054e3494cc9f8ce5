// Bad input never reaches Neo4j and never causes a 5xx: malformed JSON, wrong types, oversized bodies and
// out-of-range query strings get a 4xx whose message names the parameter and what is expected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../setup/test-server';
import { getJson, postJson } from './api-client';

describe('request validation', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server.close());

  it.each([
    ['malformed JSON', '{"query": "RETURN 1"', /not valid JSON/],
    ['a JSON array', '[1, 2]', /must be a JSON object/],
    ['a number as the query', { query: 5 }, /"query" must be a string/],
    ['an empty query', { query: '   ' }, /"query" must not be empty/],
    ['no query at all', {}, /"query" must be a string/],
    ['params as a list', { query: 'RETURN 1', params: [1] }, /"params" must be an object/],
    ['a bad parameter name', { query: 'RETURN 1', params: { '1x': 1 } }, /must be a parameter name/],
  ])('answers %s to POST /api/cypher with 400 BAD_REQUEST', async (_name, body, message) => {
    const answer = await postJson(`${server.url}/api/cypher`, body);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('BAD_REQUEST');
    expect(answer.body.error.message).toMatch(message);
  });

  it('answers a body that is not JSON with 400, not 500', async () => {
    const response = await fetch(`${server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'MATCH (n) RETURN n',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('BAD_REQUEST');
  });

  it('answers a body over the limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const answer = await postJson(`${server.url}/api/cypher`, { query: `RETURN '${'x'.repeat(100_000)}'` });
    expect(answer.status).toBe(413);
    expect(answer.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(answer.body.error.message).toMatch(/larger than the limit of 65536 bytes/);
  });

  it('answers a query over the length limit with 400 saying the limit', async () => {
    const answer = await postJson(`${server.url}/api/cypher`, { query: `RETURN '${'x'.repeat(20_000)}'` });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/"query" must be at most 10000 characters/);
  });

  it.each([
    ['/api/search', /"q" is required/],
    ['/api/search?q=', /"q" must not be empty/],
    ['/api/search?q=%2B%2B%2B', /"q" must contain letters or digits/],
    ['/api/search?q=kursk&limit=abc', /"limit" must be a whole number from 1 to 50 \(got "abc"\)/],
    ['/api/search?q=kursk&limit=1000', /"limit" must be at most 50/],
    ['/api/search?q=kursk&labels=Nope', /"labels" has unknown label "Nope".*Person/],
    ['/api/search?q=kursk&labels=_SavedQuery', /unknown label "_SavedQuery"/],
    ['/api/nodes/agency:gur/neighbors?limit=0', /"limit" must be at least 1/],
    ['/api/nodes/agency:gur/neighbors?skip=-1', /"skip" must be 0 or more/],
    ['/api/nodes/agency:gur/neighbors?types=CLAIMED,DROP', /"types" has unknown relationship type "DROP"/],
    ['/api/claims?from=2024-13-01', /"from" must be a real calendar date/],
    ['/api/claims?from=yesterday', /"from" must be an ISO date/],
    ['/api/claims?from=2024-12-20&to=2024-12-01', /"from" must not be after "to"/],
    ['/api/claims?limit=0', /"limit" must be at least 1/],
  ])('answers GET %s with 400 naming the parameter', async (path, message) => {
    const answer = await getJson(`${server.url}${path}`);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('BAD_REQUEST');
    expect(answer.body.error.message).toMatch(message);
  });

  it('sends security headers and a request id with every answer', async () => {
    const response = await fetch(`${server.url}/api/health`, { headers: { 'x-request-id': 'test-request-42' } });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    // The server speaks plain http on the network; a policy that upgrades assets to https would break the page.
    expect(response.headers.get('content-security-policy')).not.toMatch(/upgrade-insecure-requests/);
    expect(response.headers.get('x-request-id')).toBe('test-request-42');
    const fresh = await fetch(`${server.url}/api/health`);
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('spends no time hashing an answer for an ETag', async () => {
    const response = await fetch(`${server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'UNWIND range(1, 500) AS i RETURN i' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBeNull();
  });
});

describe('CORS', () => {
  it('is closed by default: no cross-origin header is sent', async () => {
    const server = await startTestServer();
    try {
      const response = await fetch(`${server.url}/api/health`, { headers: { origin: 'https://evil.example' } });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await server.close();
    }
  });

  it('opens to the configured origins only', async () => {
    const server = await startTestServer({ corsOrigins: ['https://news.example'] });
    try {
      const allowed = await fetch(`${server.url}/api/health`, { headers: { origin: 'https://news.example' } });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://news.example');
      const preflight = await fetch(`${server.url}/api/cypher`, {
        method: 'OPTIONS',
        headers: { origin: 'https://news.example', 'access-control-request-method': 'POST' },
      });
      expect(preflight.status).toBe(204);
      const other = await fetch(`${server.url}/api/health`, { headers: { origin: 'https://evil.example' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await server.close();
    }
  });
});
