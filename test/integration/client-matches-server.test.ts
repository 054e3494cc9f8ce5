// The web client's own API client against the real server and seed graph: every call it makes must come back in
// the shape of the server's schemas (the client validates each answer), so a server that drifts from its
// schemas, or a schema the client reads differently, fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, ApiError, ApiResponseError } from '../../client/src/api/api-client';
import { rowNodeSchema, rowPathSchema, rowRelationshipSchema, type RowValue } from '../../client/src/api/api-contract';
import { startTestServer, type TestServer } from '../setup/test-server';

const CLAIM = 'claim:gur-nk-casualties-30-2024-12-16';

let server: TestServer;
let api: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  api = new ApiClient(server.url);
});
afterAll(async () => {
  await server.close();
});

describe('the client API client against the real server', () => {
  it('reads health, schema and search in the shapes of their schemas', async () => {
    expect(await api.health()).toMatchObject({ status: 'ok', neo4j: { connected: true } });
    const schema = await api.schema();
    expect(schema.labels.map((l) => l.label)).toContain('Claim');
    const { results } = await api.search('Kursk', 5);
    expect(results.length).toBeGreaterThan(0);
  });

  it('reads node details, neighbours and claims, whose names and texts may be null', async () => {
    const details = await api.node('person:pat-ryder');
    expect(details.node.caption).toBe('Pat Ryder');
    const neighbours = await api.neighbors('person:pat-ryder', { limit: 5, types: ['CLAIMED'] });
    expect(neighbours.meta.returned).toBe(neighbours.nodes.length - 1);
    const { claims } = await api.claims({ by: 'person:pat-ryder', limit: 50 });
    expect(claims.length).toBeGreaterThan(0);
    const { claim } = await api.claim(CLAIM);
    expect(claim.id).toBe(CLAIM);
  });

  it('reads the claims as CSV, the sources of a view and an article proposal in their shapes', async () => {
    const csv = await api.claimsCsv({ by: 'person:pat-ryder' });
    expect(csv.split('\n')[0]).toContain('claim');
    const { sources } = await api.sources([CLAIM]);
    expect(sources.length).toBeGreaterThan(0);
    const proposal = await api.previewArticle({
      title: 'Probe',
      format: 'text',
      text: 'Pentagon spokesman Pat Ryder said on Monday that North Korean troops had suffered casualties in Kursk.',
    });
    expect(proposal.article.title.value).toBe('Probe');
  });

  it('reads the catalogue and runs a saved query', async () => {
    const { queries } = await api.savedQueries();
    expect(queries.map((q) => q.id)).toContain('overview');
    const result = await api.runSavedQuery('overview');
    expect(result.graph.nodes.length).toBeGreaterThan(0);
  });

  it('reads nodes, relationships, paths, points, big integers and dates in rows as the row schemas say', async () => {
    const result = await api.runCypher(
      `MATCH path = (p:Person {id: $id})-[r:CLAIMED]->(c:Claim)
       RETURN p, r, path, [p, c] AS pair, point({x: 1, y: 2}) AS place, 9007199254740993 AS big,
              date('2024-12-16') AS day, {who: p.name, n: $n} AS map LIMIT 1`,
      { id: 'person:pat-ryder', n: 3 },
    );
    const row = result.rows[0]!;
    expect(rowNodeSchema.parse(row.p)).toEqual({ id: 'person:pat-ryder', labels: ['Person'] });
    expect(rowRelationshipSchema.parse(row.r).type).toBe('CLAIMED');
    expect(rowPathSchema.parse(row.path)).toMatchObject({ start: 'person:pat-ryder', length: 1 });
    expect((row.pair as RowValue[]).map((item) => rowNodeSchema.safeParse(item).success)).toEqual([true, true]);
    expect(row.place).toEqual({ srid: 7203, x: 1, y: 2 });
    expect(row.big).toBe('9007199254740993');
    expect(row.day).toBe('2024-12-16');
    expect(row.map).toEqual({ who: 'Pat Ryder', n: 3 });
  });

  it('saves and deletes a user query, answering the saved summary', async () => {
    const { query } = await api.saveQuery({ id: 'client-contract-probe', title: 'Probe', query: 'RETURN 1 AS one' });
    expect(query).toMatchObject({ id: 'client-contract-probe', source: 'user', params: [] });
    await api.deleteQuery('client-contract-probe');
    const { queries } = await api.savedQueries();
    expect(queries.map((q) => q.id)).not.toContain('client-contract-probe');
  });

  it("turns the contract's error answers into ApiErrors with their code, never a shape error", async () => {
    const missing = await api.node('person:nobody').catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(ApiError);
    expect(missing).not.toBeInstanceOf(ApiResponseError);
    expect(missing).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    const syntax = await api.runCypher('MATCH (n RETURN n').catch((error: unknown) => error);
    expect(syntax).toMatchObject({ code: 'CYPHER_SYNTAX', status: 400 });
    const write = await api.runCypher('CREATE (n:Probe) RETURN n').catch((error: unknown) => error);
    expect(write).toMatchObject({ code: 'READ_ONLY' });
  });
});
