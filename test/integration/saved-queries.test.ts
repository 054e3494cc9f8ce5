// Saved queries: the built-in catalogue runs with typed, validated parameters and returns drawable graphs; users save
// and delete their own, which are checked as read-only, kept apart from the graph and guarded by the write rule.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cypherResultSchema } from '../../server/src/cypher/cypher-result.schema';
import { toNeo4jParams } from '../../server/src/cypher/to-neo4j-params';
import { loadSavedQueries } from '../../server/src/queries/saved-query-catalog';
import { testDriver } from '../setup/test-neo4j';
import { startTestServer, type TestServer } from '../setup/test-server';
import { getJson, postJson, type ApiAnswer } from './api-client';

const TOKEN = 'test-token-for-saved-queries-0123';

/** Every built-in query with parameters from the seed graph, and what its first rows must show. */
const BUILTIN_RUNS: [string, Record<string, unknown>, string][] = [
  ['overview', {}, 'who'],
  ['claims-by-entity', { entityId: 'person:pat-ryder' }, 'claim'],
  ['claims-about', { entityId: 'place:kursk-region' }, 'claim'],
  ['casualty-figures', {}, 'figure'],
  ['claims-in-article', { articleId: 'article:000-nk-soldiers-killed-kursk' }, 'quote'],
  ['claim-relations', { claimId: 'claim:gur-nk-casualties-30-2024-12-16' }, 'relation'],
  ['claims-in-date-range', { from: '2024-12-14', to: '2024-12-17' }, 'claim'],
  ['shortest-path', { fromId: 'person:pat-ryder', toId: 'place:vorozhba' }, 'steps'],
  ['most-cited-entities', { limit: 10 }, 'claimsAbout'],
  ['neighbourhood', { entityId: 'agency:gur' }, 'neighbourName'],
  ['contradictions', {}, 'why'],
];

const run = (server: TestServer, id: string, params: Record<string, unknown>): Promise<ApiAnswer> =>
  postJson(`${server.url}/api/queries/${id}/run`, { params });

describe('the built-in saved queries', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server.close());

  it('are listed with typed parameters and their source', async () => {
    const answer = await getJson(`${server.url}/api/queries`);
    expect(answer.status).toBe(200);
    const ids = answer.body.queries.map((q: { id: string }) => q.id);
    expect(ids).toEqual(expect.arrayContaining(BUILTIN_RUNS.map(([id]) => id)));
    const byEntity = answer.body.queries.find((q: { id: string }) => q.id === 'claims-by-entity');
    expect(byEntity).toMatchObject({
      title: expect.any(String),
      description: expect.any(String),
      source: 'builtin',
      params: expect.arrayContaining([
        expect.objectContaining({ name: 'entityId', type: 'id', required: true, default: null }),
        expect.objectContaining({ name: 'limit', type: 'integer', required: false, default: 100 }),
      ]),
    });
  });

  it.each(BUILTIN_RUNS)('runs %s with readable columns and a graph to draw', async (id, params, column) => {
    const answer = await run(server, id, params);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const result = cypherResultSchema.parse(answer.body);
    expect(result.columns).toContain(column);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(result.graph.nodes.length).toBeGreaterThan(0);
    const ids = new Set(result.graph.nodes.map((n) => n.id));
    for (const edge of result.graph.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
  });

  it('runs the overview with an empty body, as the client does', async () => {
    const answer = await postJson(`${server.url}/api/queries/overview/run`, {});
    expect(answer.status).toBe(200);
    expect(answer.body.graph.edges.length).toBeGreaterThan(0);
  });

  it.each([
    ['claims-by-entity', {}, /"entityId" \(id\) is required/],
    ['claims-by-entity', { entityId: "x' OR 1=1" }, /"entityId" must be id: must be a node id/],
    ['claims-by-entity', { entityId: 'person:pat-ryder', limit: 'many' }, /"limit" must be integer/],
    ['claims-by-entity', { entityId: 'person:pat-ryder', limit: 2.5 }, /"limit" must be integer: must be a whole/],
    ['claims-in-date-range', { from: '2024-02-30', to: '2024-12-01' }, /"from" must be date: must be a real/],
    ['claims-in-date-range', { from: 'last week', to: '2024-12-01' }, /"from" must be date/],
    ['overview', { limit: 5, extra: 1 }, /Unknown parameter extra/],
  ])('refuses bad parameters of %s before they reach Neo4j: %j', async (id, params, message) => {
    const answer = await run(server, id, params);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('BAD_REQUEST');
    expect(answer.body.error.message).toMatch(message);
  });

  it('refuses a body whose params is not an object', async () => {
    const answer = await postJson(`${server.url}/api/queries/overview/run`, { params: 'all' });
    expect(answer.status).toBe(400);
  });

  it('answers 404 for an unknown query', async () => {
    const answer = await run(server, 'no-such-query', {});
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe('NOT_FOUND');
  });
});

describe('the built-in saved queries at scale', () => {
  const driver = testDriver();
  const builtins = loadSavedQueries();
  afterAll(async () => driver.close());

  /** Every operator of the plan Neo4j makes for the query (EXPLAIN runs nothing). */
  async function operatorsOf(id: string, params: Record<string, unknown>): Promise<string[]> {
    const query = builtins.get(id);
    if (!query) throw new Error(`No built-in query ${id}`);
    const defaults = Object.fromEntries(query.params.map((param) => [param.name, param.default]));
    const result = await driver.executeQuery(`EXPLAIN ${query.cypher}`, toNeo4jParams({ ...defaults, ...params }));
    const operators: string[] = [];
    const walk = (plan: { operatorType: string; children: unknown[] }): void => {
      operators.push(plan.operatorType.replace(/@.*/, ''));
      for (const child of plan.children) walk(child as typeof plan);
    };
    walk(result.summary.plan as unknown as { operatorType: string; children: unknown[] });
    return operators;
  }

  it.each(BUILTIN_RUNS)('%s never reads every node of the graph', async (id, params) => {
    expect(await operatorsOf(id, params)).not.toContain('AllNodesScan');
  });

  // A node found by a label-less `{id: $x}` costs a read of every node: 18 s for the neighbourhood of one agency at a
  // million nodes, where each label's unique id index answers at once.
  it.each(BUILTIN_RUNS.filter(([id]) => builtins.get(id)?.params.some((param) => param.type === 'id')))(
    '%s starts from the node its id names, by an index seek, never scanning a label',
    async (id, params) => {
      const operators = await operatorsOf(id, params);
      expect(operators.some((operator) => operator.includes('IndexSeek'))).toBe(true);
      expect(operators).not.toContain('NodeByLabelScan');
    },
  );
});

describe('user saved queries', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.driver.executeQuery("MATCH (q:_SavedQuery) WHERE q.id STARTS WITH 'test-' DELETE q");
    await server.close();
  });

  it('are saved after a read-only check, listed, run with their parameters and deleted', async () => {
    const saved = await postJson(`${server.url}/api/queries`, {
      id: 'test-claims-of-kind',
      title: 'Claims of a kind',
      query: 'MATCH (c:Claim {kind: $kind}) RETURN c.text AS claim, c LIMIT $limit',
      params: [
        { name: 'kind', type: 'string', required: true },
        { name: 'limit', type: 'integer', default: 3 },
      ],
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect(saved.body.query).toMatchObject({ id: 'test-claims-of-kind', source: 'user' });

    const listed = (await getJson(`${server.url}/api/queries`)).body.queries;
    expect(listed).toContainEqual(expect.objectContaining({ id: 'test-claims-of-kind', source: 'user' }));

    const result = await run(server, 'test-claims-of-kind', { kind: 'casualties' });
    expect(result.status).toBe(200);
    expect(result.body.rows).toHaveLength(3);
    expect(result.body.graph.nodes).toHaveLength(3);
    expect((await run(server, 'test-claims-of-kind', {})).status).toBe(400);

    const deleted = await fetch(`${server.url}/api/queries/test-claims-of-kind`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect((await run(server, 'test-claims-of-kind', { kind: 'casualties' })).status).toBe(404);
    const again = await fetch(`${server.url}/api/queries/test-claims-of-kind`, { method: 'DELETE' });
    expect(again.status).toBe(404);
  });

  it('get a free id derived from the title when none is given', async () => {
    const body = { title: 'Test: every Person!', query: 'MATCH (p:Person) RETURN p' };
    const first = await postJson(`${server.url}/api/queries`, body);
    const second = await postJson(`${server.url}/api/queries`, body);
    expect(first.body.query.id).toBe('test-every-person');
    expect(second.body.query.id).toBe('test-every-person-2');
  });

  it.each([
    ['a write', 'MATCH (n) DETACH DELETE n', 403, 'READ_ONLY'],
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r", 403, 'READ_ONLY'],
    ['a refused procedure', 'CALL dbms.components()', 403, 'READ_ONLY'],
    ['two statements', 'RETURN 1; RETURN 2', 400, 'BAD_REQUEST'],
    ['a syntax error', 'MATCH (n RETURN n', 400, 'CYPHER_SYNTAX'],
    ['an undeclared parameter', 'MATCH (n {id: $id}) RETURN n', 400, 'BAD_REQUEST'],
  ])('are refused when they hold %s', async (_name, query, status, code) => {
    const answer = await postJson(`${server.url}/api/queries`, { id: 'test-refused', title: 'Refused', query });
    expect(answer.status).toBe(status);
    expect(answer.body.error.code).toBe(code);
    const stored = await server.driver.executeQuery("MATCH (q:_SavedQuery {id: 'test-refused'}) RETURN q");
    expect(stored.records).toHaveLength(0);
  });

  it('cannot take the id of a built-in query, nor one already saved, nor delete a built-in', async () => {
    const builtin = await postJson(`${server.url}/api/queries`, { id: 'overview', title: 'X', query: 'RETURN 1' });
    expect(builtin.status).toBe(409);
    expect(builtin.body.error.message).toMatch(/built-in/);
    await postJson(`${server.url}/api/queries`, { id: 'test-twice', title: 'Twice', query: 'RETURN 1' });
    const twice = await postJson(`${server.url}/api/queries`, { id: 'test-twice', title: 'Twice', query: 'RETURN 1' });
    expect(twice.status).toBe(409);
    const deleteBuiltin = await fetch(`${server.url}/api/queries/overview`, { method: 'DELETE' });
    expect(deleteBuiltin.status).toBe(400);
  });

  it('refuse malformed declarations', async () => {
    for (const body of [
      { title: 'No query' },
      { title: 'Bad id', id: 'Not Kebab', query: 'RETURN 1' },
      { title: 'Bad type', query: 'RETURN $x', params: [{ name: 'x', type: 'node' }] },
      { title: 'Bad default', query: 'RETURN $x', params: [{ name: 'x', type: 'integer', default: 'ten' }] },
      {
        title: 'Twice',
        query: 'RETURN $x',
        params: [
          { name: 'x', type: 'string' },
          { name: 'x', type: 'string' },
        ],
      },
    ]) {
      const answer = await postJson(`${server.url}/api/queries`, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error.code).toBe('BAD_REQUEST');
    }
  });

  it('are checked again when they run, so a stored write never executes', async () => {
    await server.driver.executeQuery(
      "CREATE (:_SavedQuery {id: 'test-planted-write', title: 'Planted', cypher: 'CREATE (:ApiAttack) RETURN 1', paramsJson: '[]'})",
    );
    const answer = await run(server, 'test-planted-write', {});
    expect(answer.status).toBe(403);
    const attacks = await server.driver.executeQuery('MATCH (n:ApiAttack) RETURN count(n) AS n');
    expect(Number(attacks.records[0]?.get('n'))).toBe(0);
  });

  it('stay out of the overview, like every other bookkeeping node whose label starts with an underscore', async () => {
    await server.driver.executeQuery("MERGE (:_LoadedScript {path: 'test/bookkeeping.cypher', sha256: 'x'})");
    try {
      const overview = await postJson(`${server.url}/api/queries/overview/run`, { params: { limit: 100000 } });
      const labels: string[] = overview.body.graph.nodes.flatMap((n: { labels: string[] }) => n.labels);
      expect(labels.length).toBeGreaterThan(0);
      expect(labels.filter((label) => label.startsWith('_'))).toEqual([]);
    } finally {
      await server.driver.executeQuery("MATCH (s:_LoadedScript {path: 'test/bookkeeping.cypher'}) DELETE s");
    }
  });
});

describe('user saved queries with WRITE_TOKEN set', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ writeToken: TOKEN });
  });
  afterAll(async () => {
    await server.driver.executeQuery("MATCH (q:_SavedQuery) WHERE q.id STARTS WITH 'test-' DELETE q");
    await server.close();
  });

  const body = { id: 'test-guarded', title: 'Guarded', query: 'RETURN 1 AS one' };

  it('need the bearer token to save, answering 401 UNAUTHORIZED without it or with a wrong one', async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer wrong-token' }, { authorization: TOKEN }];
    for (const headers of attempts) {
      const answer = await postJson(`${server.url}/api/queries`, body, headers);
      expect(answer.status).toBe(401);
      expect(answer.body.error).toEqual({ code: 'UNAUTHORIZED', message: expect.stringMatching(/Bearer/) });
    }
    const saved = await postJson(`${server.url}/api/queries`, body, { authorization: `Bearer ${TOKEN}` });
    expect(saved.status).toBe(201);
  });

  it('need the token to delete, but not to list or run', async () => {
    expect((await run(server, 'test-guarded', {})).body.rows).toEqual([{ one: 1 }]);
    const refused = await fetch(`${server.url}/api/queries/test-guarded`, { method: 'DELETE' });
    expect(refused.status).toBe(401);
    const deleted = await fetch(`${server.url}/api/queries/test-guarded`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(deleted.status).toBe(204);
  });
});

describe('user saved queries on a server listening beyond loopback without WRITE_TOKEN', () => {
  let server: TestServer;
  let printed = '';
  beforeAll(async () => {
    const print = vi.spyOn(console, 'log').mockImplementation((line: unknown) => void (printed += `${String(line)}\n`));
    try {
      server = await startTestServer({ host: '0.0.0.0', writeToken: undefined });
    } finally {
      print.mockRestore();
    }
  });
  afterAll(async () => {
    await server.driver.executeQuery("MATCH (q:_SavedQuery) WHERE q.id STARTS WITH 'test-' DELETE q");
    await server.close();
  });

  it('need the token the server made up and printed once at start; reading stays open', async () => {
    const token = /Authorization: Bearer (\S+)/.exec(printed)?.[1];
    expect(token).toBeDefined();
    const body = { id: 'test-beyond-loopback', title: 'Beyond loopback', query: 'RETURN 1 AS one' };
    const refused = await postJson(`${server.url}/api/queries`, body);
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('UNAUTHORIZED');
    expect((await getJson(`${server.url}/api/queries`)).status).toBe(200);
    expect((await postJson(`${server.url}/api/queries`, body, { authorization: `Bearer ${token}` })).status).toBe(201);
    const deleted = await fetch(`${server.url}/api/queries/test-beyond-loopback`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(deleted.status).toBe(204);
  });
});
