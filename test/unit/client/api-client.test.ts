// The API client checks every answer against the server's schema: a malformed answer becomes an ApiResponseError
// naming the endpoint and the field, an error answer an ApiError with the contract's code. A small local HTTP
// server plays the explorer server, answering whatever each test sets.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, ApiError, ApiResponseError } from '../../../client/src/api/api-client';

let answer: { status: number; body: string } = { status: 200, body: '{}' };
let server: Server;
let api: ApiClient;

beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = new ApiClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function answerWith(status: number, body: unknown): void {
  answer = { status, body: typeof body === 'string' ? body : JSON.stringify(body) };
}

describe('ApiClient answers', () => {
  it('returns an answer that matches the schema', async () => {
    answerWith(200, { results: [{ id: 'person:pat-ryder', labels: ['Person'], caption: 'Pat Ryder', score: 2 }] });

    const { results } = await api.search('ryder');

    expect(results[0]?.caption).toBe('Pat Ryder');
  });

  it('turns an answer of the wrong shape into an ApiResponseError naming the endpoint and the field', async () => {
    answerWith(200, { results: [{ id: 'person:pat-ryder', labels: ['Person'], caption: null, score: 2 }] });

    const error = await api.search('ryder').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiResponseError);
    expect(error).toMatchObject({ code: 'INVALID_RESPONSE', status: 200 });
    expect((error as Error).message).toContain('GET /api/search');
    expect((error as Error).message).toContain('results.0.caption');
  });

  it('checks the graph of a query result: a node without a caption is refused', async () => {
    answerWith(200, {
      columns: ['n'],
      rows: [{ n: { id: 'person:pat-ryder', labels: ['Person'] } }],
      graph: { nodes: [{ id: 'person:pat-ryder', labels: ['Person'], properties: {} }], edges: [] },
      summary: { queryType: 'r', rows: 1, truncated: false, ms: 1 },
    });

    const error = await api.runCypher('MATCH (n) RETURN n').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiResponseError);
    expect((error as Error).message).toContain('graph.nodes.0.caption');
  });

  it('accepts the nullable names and texts of claims', async () => {
    const claim = {
      id: 'claim:x',
      name: null,
      text: null,
      date: null,
      datePrecision: null,
      dateNote: null,
      kind: null,
      countMin: null,
      countMax: null,
      countText: null,
      measure: null,
      verified: null,
      claimants: [{ id: 'person:x', labels: ['Person'], name: null, channel: null, note: null }],
      about: [],
      sources: [
        {
          articleId: 'article:x',
          title: null,
          outlet: null,
          outletId: null,
          published: null,
          publishedPrecision: null,
          quote: null,
          passage: null,
          note: null,
        },
      ],
      sourceCount: 1,
      independentSourceCount: 1,
      firstReport: null,
      corroborates: [
        { id: 'claim:y', text: null, date: null, kind: null, direction: 'in', basis: null, note: null, claimants: [] },
      ],
      contradicts: [],
    };
    answerWith(200, { claim });

    expect((await api.claim('claim:x')).claim).toEqual(claim);
  });

  it("turns the contract's error body into an ApiError with its code and message", async () => {
    answerWith(404, { error: { code: 'NOT_FOUND', message: 'No node has the id "x".' } });

    const error = await api.node('x').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).not.toBeInstanceOf(ApiResponseError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', status: 404, message: 'No node has the id "x".' });
  });

  it('says so when the answer is not JSON at all', async () => {
    answerWith(200, '<html>proxy error</html>');

    await expect(api.schema()).rejects.toMatchObject({ code: 'INVALID_RESPONSE' });
  });

  it('tells its observers about every ApiError, including shape errors', async () => {
    const seen: string[] = [];
    const stop = api.onError((error) => seen.push(error.code));
    answerWith(200, { labels: 'none' });

    await api.schema().catch(() => undefined);
    stop();

    expect(seen).toEqual(['INVALID_RESPONSE']);
  });
});
