// Bad input, systematically: property-based tests (fast-check) send every endpoint generated query strings, ids,
// dates, limits, JSON bodies, saved-query parameters of each type and Cypher with odd Unicode. Whatever comes, the
// answer is a success or a JSON error with a code — never a 5xx, never a hang — and the knowledge graph is unchanged.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../setup/test-server';

/** Few runs per property: each is an HTTP request to a real server over a real Neo4j. */
const RUNS = { numRuns: 25 };
/** A request unanswered after this has hung. */
const DEADLINE_MS = 30_000;
const PREFIX = 'fuzz-';

interface Answer {
  status: number;
  body: { error?: { code?: unknown; message?: unknown } } & Record<string, unknown>;
}

/** Text people (and attackers) type: any Unicode, lone surrogates, control and zero-width characters, quotes. */
const oddText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '\u200b', '\ufeff', '\ud800', '"\'`', '%', '%%%', '..', '/', '\\', '💥', 'ʼn'),
);
const numberish = fc.oneof(
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom('', '-1', '0', '1e9', 'NaN', 'Infinity', '0x10', ' 5', '5abc', '9'.repeat(30)),
);
const dateish = fc.oneof(
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom('2024-02-30', '2024-13-01', '0000-00-00', '2024-1-1', '20241216', '2024-12-16T00:00:00Z'),
  oddText,
);
/** Any JSON value, nested a little. */
const json = fc.jsonValue({ maxDepth: 3 });

function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, value);
  return search.toString();
}

describe('generated bad input', () => {
  let server: TestServer;
  let graphBefore: string;
  const saved = new Set<string>();

  const graphFingerprint = async () => {
    const result = await server.driver.executeQuery(
      `MATCH (n) WHERE NOT n:_SavedQuery AND NOT n:_LoadedScript
       OPTIONAL MATCH (n)-[r]->()
       RETURN count(DISTINCT n) AS nodes, count(r) AS relationships,
              sum(size(keys(n))) AS nodeKeys, sum(size(keys(r))) AS relationshipKeys`,
    );
    return JSON.stringify(result.records[0]?.toObject());
  };

  async function call(method: string, path: string, body?: string): Promise<Answer> {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(DEADLINE_MS),
    });
    const text = await response.text();
    let parsed: Answer['body'];
    try {
      parsed = JSON.parse(text) as Answer['body'];
    } catch {
      throw new Error(`${method} ${path} answered ${response.status} with something that is not JSON: ${text}`);
    }
    if (method === 'POST' && path === '/api/queries' && response.status === 201) {
      saved.add(String((parsed.query as { id: string }).id));
    }
    return { status: response.status, body: parsed };
  }

  /** The property every answer must have: no 5xx, and any error is JSON with a code and a message. */
  function wellFormed(answer: Answer, allowed: number[]): boolean {
    expect(answer.status).toBeLessThan(500);
    expect(allowed).toContain(answer.status);
    if (answer.status >= 400) {
      expect(answer.body.error).toEqual({ code: expect.any(String), message: expect.any(String) });
    }
    return true;
  }

  beforeAll(async () => {
    // Thousands of requests from one address: lift the per-client limit, keep everything else as configured.
    server = await startTestServer({ rateLimitPerMinute: 1_000_000 });
    graphBefore = await graphFingerprint();
  });
  afterAll(async () => {
    await server.driver.executeQuery('MATCH (q:_SavedQuery) WHERE q.id IN $ids DELETE q', { ids: [...saved] });
    await server.close();
  });

  it('search: any text, limit and labels', async () => {
    await fc.assert(
      fc.asyncProperty(oddText, fc.option(numberish), fc.option(oddText), async (q, limit, labels) =>
        wellFormed(
          await call('GET', `/api/search?${query({ q, limit: limit ?? undefined, labels: labels ?? undefined })}`),
          [200, 400],
        ),
      ),
      RUNS,
    );
  });

  it('node details and neighbours: any id, limit, skip and types', async () => {
    await fc.assert(
      fc.asyncProperty(
        oddText,
        fc.option(numberish),
        fc.option(numberish),
        fc.option(oddText),
        async (id, limit, skip, types) => {
          // A lone surrogate cannot travel in a URL: like a browser, send U+FFFD in its place.
          const node = encodeURIComponent(Buffer.from(id, 'utf8').toString('utf8'));
          wellFormed(await call('GET', `/api/nodes/${node}`), [200, 400, 404]);
          const search = query({ limit: limit ?? undefined, skip: skip ?? undefined, types: types ?? undefined });
          return wellFormed(await call('GET', `/api/nodes/${node}/neighbors?${search}`), [200, 400, 404]);
        },
      ),
      RUNS,
    );
  });

  it('claims: any filters, dates and limit', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            about: oddText,
            by: oddText,
            article: oddText,
            from: dateish,
            to: dateish,
            kind: oddText,
            limit: numberish,
          },
          { requiredKeys: [] },
        ),
        // A well-formed id that names no node (about, by, article) is 404 NOT_FOUND by the contract.
        async (filters) => wellFormed(await call('GET', `/api/claims?${query(filters)}`), [200, 400, 404]),
      ),
      RUNS,
    );
  });

  it('ad-hoc Cypher: any JSON body, any query text with odd Unicode, any parameters', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          json.map((value) => JSON.stringify(value)),
          fc.record({ query: oddText, params: fc.option(json) }).map((body) => JSON.stringify(body)),
          fc
            .record({ prefix: oddText, suffix: oddText })
            .map(({ prefix, suffix }) =>
              JSON.stringify({ query: `RETURN '${prefix}' AS a, $p AS b // ${suffix}`, params: { p: prefix } }),
            ),
          oddText,
        ),
        async (body) => wellFormed(await call('POST', '/api/cypher', body), [200, 400, 403]),
      ),
      RUNS,
    );
  });

  it('saved-query runs: values of every parameter type, wrong and right', async () => {
    const { queries } = (await call('GET', '/api/queries')).body as unknown as {
      queries: { id: string; source: string; params: { name: string }[] }[];
    };
    const builtins = queries.filter((q) => q.source === 'builtin' && q.params.length > 0);
    expect(builtins.length).toBeGreaterThan(0);
    const value = fc.oneof(json, dateish, numberish, fc.constantFrom('person:pat-ryder', '2024-12-16', 10, 1.5, true));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...builtins),
        fc.array(value, { maxLength: 4 }),
        json,
        async (target, values, extra) => {
          const params = Object.fromEntries(target.params.map((param, i) => [param.name, values[i]]));
          wellFormed(await call('POST', `/api/queries/${target.id}/run`, JSON.stringify({ params })), [200, 400]);
          return wellFormed(await call('POST', `/api/queries/${target.id}/run`, JSON.stringify(extra)), [200, 400]);
        },
      ),
      RUNS,
    );
  });

  it('saving queries: any id, title, text and parameter declarations', async () => {
    const param = fc.record(
      {
        name: fc.oneof(oddText, fc.constantFrom('id', 'from', 'limit')),
        type: fc.oneof(oddText, fc.constantFrom('string', 'integer', 'float', 'boolean', 'date', 'id')),
        default: json,
        required: fc.oneof(fc.boolean(), json),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            id: fc.oneof(
              oddText,
              fc.stringMatching(/^[a-z0-9]{1,12}$/).map((id) => `${PREFIX}${id}`),
            ),
            title: oddText,
            description: json,
            query: fc.oneof(
              oddText,
              fc.constantFrom('RETURN $id AS id', 'MATCH (n) DETACH DELETE n', 'CREATE (n:Fuzz)'),
            ),
            params: fc.oneof(fc.array(param, { maxLength: 3 }), json),
          },
          { requiredKeys: [] },
        ),
        async (body) => wellFormed(await call('POST', '/api/queries', JSON.stringify(body)), [201, 400, 403, 409]),
      ),
      RUNS,
    );
  });

  it('leaves the knowledge graph exactly as it was', async () => {
    expect(await graphFingerprint()).toBe(graphBefore);
  });
});
