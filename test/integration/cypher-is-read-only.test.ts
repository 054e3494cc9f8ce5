// POST /api/cypher runs reads of every shape and refuses every write or sandbox escape, leaving the graph unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGraphCounts, type GraphCounts } from '../../tools/loader/graph-counts.repository';
import { READ_QUERIES, WRITE_ATTEMPTS } from '../fixtures/cypher-api-attacks.fixtures';
import { startTestServer, type TestServer } from '../setup/test-server';
import { postJson } from './api-client';

describe('POST /api/cypher', () => {
  let server: TestServer;
  let before: GraphCounts;
  let indexesBefore: number;

  const countIndexes = async (): Promise<number> => {
    const result = await server.driver.executeQuery('SHOW INDEXES YIELD name RETURN count(*) AS n');
    return Number(result.records[0]?.get('n'));
  };

  beforeAll(async () => {
    server = await startTestServer();
    before = await readGraphCounts(server.driver);
    indexesBefore = await countIndexes();
  });
  afterAll(async () => {
    // Belt and braces: if an attack ever got through, leave no trace for the other test files.
    await server.driver.executeQuery('MATCH (n:ApiAttack) DETACH DELETE n');
    await server.close();
  });

  describe.each(WRITE_ATTEMPTS)('refuses $name', ({ query, params, code }) => {
    it(`with ${code ?? 'READ_ONLY'} and a reason, changing nothing`, async () => {
      const answer = await postJson(`${server.url}/api/cypher`, { query, params });
      const expected = code ?? 'READ_ONLY';
      expect(answer.body.error?.code, JSON.stringify(answer.body)).toBe(expected);
      expect(answer.status).toBe(expected === 'READ_ONLY' ? 403 : 400);
      expect(answer.body.error.message.length).toBeGreaterThan(20);
      expect(await readGraphCounts(server.driver)).toEqual(before);
    });
  });

  it('leaves the graph, its indexes and its users exactly as they were after every attempt', async () => {
    expect(await readGraphCounts(server.driver)).toEqual(before);
    expect(await countIndexes()).toBe(indexesBefore);
    const users = await server.driver.executeQuery(
      'SHOW USERS YIELD user RETURN collect(user) AS users',
      {},
      {
        database: 'system',
      },
    );
    expect(users.records[0]?.get('users')).toEqual(['neo4j']);
  });

  it('explains a refused write in words: which clause would write', async () => {
    const answer = await postJson(`${server.url}/api/cypher`, { query: 'MATCH (n:Person) DETACH DELETE n' });
    expect(answer.body.error.message).toMatch(/only read queries.*DETACH DELETE/i);
  });

  it('names the refused procedure and the allowed ones', async () => {
    const answer = await postJson(`${server.url}/api/cypher`, { query: 'CALL dbms.components()' });
    expect(answer.body.error.message).toMatch(/dbms\.components is not allowed.*db\.labels/);
  });

  describe.each(READ_QUERIES)('runs $name', (read) => {
    it('and answers rows, columns, a graph and a summary', async () => {
      const answer = await postJson(`${server.url}/api/cypher`, { query: read.query, params: read.params });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      const { columns, rows, graph, summary } = answer.body;
      if (read.columns) expect(columns).toEqual(read.columns);
      expect(rows.length).toBeGreaterThanOrEqual(read.minRows ?? 0);
      expect(graph.nodes.length).toBeGreaterThanOrEqual(read.minNodes ?? 0);
      expect(graph.edges.length).toBeGreaterThanOrEqual(read.minEdges ?? 0);
      expect(summary).toEqual({ queryType: 'r', rows: rows.length, truncated: false, ms: expect.any(Number) });
      const nodeIds = new Set(graph.nodes.map((node: { id: string }) => node.id));
      for (const edge of graph.edges) {
        expect(nodeIds.has(edge.source) && nodeIds.has(edge.target)).toBe(true);
      }
    });
  });

  it('turns Neo4j values into JSON: integers, big integers, floats, temporals, points, maps and lists', async () => {
    const answer = await postJson(`${server.url}/api/cypher`, {
      query: `RETURN 42 AS int, 9007199254740993 AS big, -9007199254740993 AS negativeBig, 1.5 AS float,
        date('2024-12-16') AS date, datetime('2024-12-16T10:30:00Z') AS datetime, localtime('10:30:00') AS time,
        duration('P1DT2H') AS duration, point({x: 1.5, y: 2}) AS point,
        point({latitude: 51.7, longitude: 36.2}) AS geo, {a: [1, 2, {b: 3}], c: null} AS map, [] AS empty`,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.rows[0]).toEqual({
      int: 42,
      big: '9007199254740993',
      negativeBig: '-9007199254740993',
      float: 1.5,
      date: '2024-12-16',
      datetime: '2024-12-16T10:30:00Z',
      time: '10:30:00',
      duration: 'P1DT2H',
      point: { srid: 7203, x: 1.5, y: 2 },
      geo: { srid: 4326, x: 36.2, y: 51.7 },
      map: { a: [1, 2, { b: 3 }], c: null },
      empty: [],
    });
  });

  it('draws the graph of nodes and relationships found inside lists and maps', async () => {
    const answer = await postJson(`${server.url}/api/cypher`, {
      query: `MATCH (p:Person {id: 'person:pat-ryder'})-[r:CLAIMED]->(c:Claim)
        WITH p, collect(c) AS claims, collect(r) AS links
        RETURN {who: p, claims: claims, links: links} AS bundle`,
    });
    expect(answer.status).toBe(200);
    const { graph, rows } = answer.body;
    expect(graph.nodes.map((n: { id: string }) => n.id)).toContain('person:pat-ryder');
    expect(graph.edges.length).toBe(rows[0].bundle.links.length);
    expect(graph.edges.every((e: { type: string }) => e.type === 'CLAIMED')).toBe(true);
  });

  it('fetches the endpoints of relationships returned alone, so every edge can be drawn', async () => {
    const answer = await postJson(`${server.url}/api/cypher`, {
      query: "MATCH (:Person {id: 'person:pat-ryder'})-[r:CLAIMED]->() RETURN r",
    });
    const { graph } = answer.body;
    expect(graph.edges.length).toBeGreaterThan(0);
    expect(graph.nodes.map((n: { id: string }) => n.id)).toContain('person:pat-ryder');
  });

  it('passes parameters as parameters, so quotes and Cypher in them cannot inject', async () => {
    const before2 = await readGraphCounts(server.driver);
    for (const hostile of [
      "x' OR 1=1 //",
      "person:pat-ryder'}) DETACH DELETE n //",
      '"}) MATCH (m) DETACH DELETE m RETURN m //',
      '`) CREATE (:ApiAttack) //',
    ]) {
      const answer = await postJson(`${server.url}/api/cypher`, {
        query: 'MATCH (n:Person) WHERE n.id = $id RETURN n.id AS id, $id AS echoed',
        params: { id: hostile },
      });
      expect(answer.status).toBe(200);
      expect(answer.body.rows).toEqual([]);
    }
    const echo = await postJson(`${server.url}/api/cypher`, {
      query: 'RETURN $text AS text',
      params: { text: "'; MATCH (n) DETACH DELETE n; //" },
    });
    expect(echo.body.rows).toEqual([{ text: "'; MATCH (n) DETACH DELETE n; //" }]);
    expect(await readGraphCounts(server.driver)).toEqual(before2);
  });

  it('sends whole-number parameters as integers, so LIMIT $n works', async () => {
    const answer = await postJson(`${server.url}/api/cypher`, {
      query: 'MATCH (n:Claim) RETURN n.id AS id LIMIT $n',
      params: { n: 3 },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.rows).toHaveLength(3);
  });

  it('answers a missing parameter with BAD_REQUEST naming it', async () => {
    const answer = await postJson(`${server.url}/api/cypher`, { query: 'RETURN $missing AS x' });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('BAD_REQUEST');
    expect(answer.body.error.message).toMatch(/missing/);
  });

  it('answers a syntax error with CYPHER_SYNTAX and Neo4j’s position', async () => {
    const answer = await postJson(`${server.url}/api/cypher`, { query: 'MATCH (n RETURN n' });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('CYPHER_SYNTAX');
    expect(answer.body.error.message).toMatch(/line 1, column/);
  });
});
