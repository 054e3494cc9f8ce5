// Schema, search, node details, neighbour expansion and claims against the seed graph, shaped as CONTRACT.md says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaResponseSchema } from '../../server/src/schema/schema.schema';
import { claimSchema } from '../../server/src/claims/claims.schema';
import { neighborsResponseSchema, nodeDetailsSchema } from '../../server/src/nodes/nodes.schema';
import { startTestServer, type TestServer } from '../setup/test-server';
import { getJson } from './api-client';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  // A user saved query must stay out of every view of the knowledge graph.
  await server.driver.executeQuery(
    "CREATE (:_SavedQuery {id: 'graph-endpoints-probe', title: 'Kursk Vorozhba Zelensky', cypher: 'RETURN 1'})",
  );
});
afterAll(async () => {
  await server.driver.executeQuery("MATCH (q:_SavedQuery {id: 'graph-endpoints-probe'}) DELETE q");
  await server.close();
});

describe('GET /api/schema', () => {
  it('lists labels and relationship types with their counts, biggest first, and the property keys', async () => {
    const answer = await getJson(`${server.url}/api/schema`);
    expect(answer.status).toBe(200);
    const schema = schemaResponseSchema.parse(answer.body);
    const labels = Object.fromEntries(schema.labels.map((l) => [l.label, l.count]));
    const counted = await server.driver.executeQuery('MATCH (n:Claim) RETURN count(n) AS n');
    expect(labels.Claim).toBe(Number(counted.records[0]?.get('n')));
    for (const label of ['Person', 'Agency', 'Place', 'Event', 'Claim', 'Article'])
      expect(labels[label]).toBeGreaterThan(0);
    expect(schema.relationshipTypes.map((t) => t.type)).toEqual(
      expect.arrayContaining(['CLAIMED', 'REPORTS', 'ABOUT', 'CORROBORATES', 'CONTRADICTS', 'MENTIONS']),
    );
    const counts = schema.labels.map((l) => l.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(schema.propertyKeys).toEqual(expect.arrayContaining(['id', 'name', 'aliases', 'text', 'date']));
  });

  it('keeps the saved-query label and its bookkeeping keys out', async () => {
    const schema = (await getJson(`${server.url}/api/schema`)).body;
    expect(schema.labels.map((l: { label: string }) => l.label)).not.toContain('_SavedQuery');
    expect(schema.propertyKeys).not.toContain('cypher');
  });
});

describe('GET /api/search', () => {
  it.each([
    ['zelensk', 'person:volodymyr-zelensky', 'a prefix'],
    ['Zelenskyy', 'person:volodymyr-zelensky', 'an alias spelling'],
    ['Zelenskiy', 'person:volodymyr-zelensky', 'a misspelling (fuzzy)'],
    ['vorobzha', 'place:vorozhba', 'an alias'],
    ['Vorozhba', 'place:vorozhba', 'the name'],
    ['pat ryder', 'person:pat-ryder', 'two words'],
    ['GUR', 'agency:gur', 'an abbreviation'],
    ['kursk region', 'place:kursk-region', 'a place'],
  ])('finds %s → %s (%s) as the best hit', async (q, id) => {
    const answer = await getJson(`${server.url}/api/search?q=${encodeURIComponent(q)}`);
    expect(answer.status).toBe(200);
    expect(answer.body.results[0]).toEqual({
      id,
      labels: expect.any(Array),
      caption: expect.any(String),
      score: expect.any(Number),
    });
  });

  it('searches claim text and article titles too', async () => {
    const answer = await getJson(`${server.url}/api/search?q=casualties&limit=50`);
    const labels = new Set(answer.body.results.flatMap((r: { labels: string[] }) => r.labels));
    expect(labels.has('Claim')).toBe(true);
    expect(labels.has('Article')).toBe(true);
  });

  it('filters by label and honours the limit', async () => {
    const answer = await getJson(`${server.url}/api/search?q=zelensky&labels=Claim&limit=3`);
    expect(answer.body.results).toHaveLength(3);
    expect(answer.body.results.every((r: { labels: string[] }) => r.labels.includes('Claim'))).toBe(true);
  });

  it('treats Lucene syntax in the input as plain text', async () => {
    for (const q of [
      'kursk AND NOT',
      'title:kursk',
      'kursk~~~',
      '"unclosed',
      'a*b?c',
      '(ryder',
      'ryder\\',
      '[1 TO 5]',
    ]) {
      const answer = await getJson(`${server.url}/api/search?q=${encodeURIComponent(q)}`);
      expect(answer.status, q).toBe(200);
    }
  });

  it('never returns saved queries', async () => {
    const answer = await getJson(
      `${server.url}/api/search?q=${encodeURIComponent('Kursk Vorozhba Zelensky')}&limit=50`,
    );
    expect(answer.body.results.map((r: { id: string }) => r.id)).not.toContain('graph-endpoints-probe');
  });
});

describe('GET /api/nodes/:id', () => {
  it('answers the node, its degree and its degree per relationship type', async () => {
    const answer = await getJson(`${server.url}/api/nodes/person:pat-ryder`);
    expect(answer.status).toBe(200);
    const details = nodeDetailsSchema.parse(answer.body);
    expect(details.node).toMatchObject({ id: 'person:pat-ryder', labels: ['Person'], caption: 'Pat Ryder' });
    expect(details.node.properties.aliases).toEqual(expect.any(Array));
    expect(details.degreeByType.CLAIMED).toBeGreaterThan(0);
    expect(details.degree).toBe(Object.values(details.degreeByType).reduce((a, b) => a + b, 0));
    const counted = await server.driver.executeQuery("MATCH ({id: 'person:pat-ryder'})-[r]-() RETURN count(r) AS n");
    expect(details.degree).toBe(Number(counted.records[0]?.get('n')));
  });

  it('answers 404 NOT_FOUND for an unknown id and for a saved query', async () => {
    for (const id of ['person:nobody', 'graph-endpoints-probe']) {
      const answer = await getJson(`${server.url}/api/nodes/${encodeURIComponent(id)}`);
      expect(answer.status).toBe(404);
      expect(answer.body.error.code).toBe('NOT_FOUND');
    }
  });
});

describe('GET /api/nodes/:id/neighbors', () => {
  it('answers the node, its neighbours and the edges between them, with paging metadata', async () => {
    const answer = await getJson(`${server.url}/api/nodes/agency:gur/neighbors?limit=5`);
    expect(answer.status).toBe(200);
    const page = neighborsResponseSchema.parse(answer.body);
    expect(page.nodes[0]?.id).toBe('agency:gur');
    expect(page.meta.returned).toBe(5);
    expect(page.nodes).toHaveLength(6);
    expect(page.meta.total).toBeGreaterThan(5);
    expect(page.meta.truncated).toBe(true);
    for (const edge of page.edges) expect([edge.source, edge.target]).toContain('agency:gur');
  });

  it('pages through every neighbour exactly once with skip', async () => {
    const first = (await getJson(`${server.url}/api/nodes/agency:gur/neighbors?limit=500`)).body;
    const all = first.nodes.slice(1).map((n: { id: string }) => n.id);
    expect(first.meta).toEqual({ total: all.length, returned: all.length, truncated: false });
    const paged: string[] = [];
    for (let skip = 0; skip < all.length; skip += 4) {
      const page = (await getJson(`${server.url}/api/nodes/agency:gur/neighbors?limit=4&skip=${skip}`)).body;
      paged.push(...page.nodes.slice(1).map((n: { id: string }) => n.id));
    }
    expect(paged).toEqual(all);
  });

  it('filters by relationship type', async () => {
    const page = (await getJson(`${server.url}/api/nodes/agency:gur/neighbors?types=CLAIMED&limit=500`)).body;
    expect(page.edges.length).toBeGreaterThan(0);
    expect(page.edges.every((e: { type: string }) => e.type === 'CLAIMED')).toBe(true);
    expect(page.nodes.slice(1).every((n: { labels: string[] }) => n.labels.includes('Claim'))).toBe(true);
  });

  it('answers 404 for an unknown node', async () => {
    expect((await getJson(`${server.url}/api/nodes/place:atlantis/neighbors`)).status).toBe(404);
  });
});

describe('GET /api/claims', () => {
  it('answers who said what, with claimants, subjects, sources with quotes and related claims, sorted by date', async () => {
    const answer = await getJson(`${server.url}/api/claims`);
    expect(answer.status).toBe(200);
    const claims = answer.body.claims.map((c: unknown) => claimSchema.parse(c));
    expect(claims.length).toBeGreaterThan(10);
    const dates = claims.map((c: { date: string }) => c.date);
    expect(dates).toEqual([...dates].sort());
    const gur = claims.find((c: { id: string }) => c.id === 'claim:gur-nk-casualties-30-2024-12-16');
    expect(gur.claimants.map((c: { id: string }) => c.id)).toContain('agency:gur');
    expect(gur.countMin).toBe(30);
    expect(gur.sources.length).toBeGreaterThanOrEqual(2);
    expect(gur.sources.some((s: { quote: string | null }) => s.quote)).toBe(true);
    expect(gur.corroborates.length + gur.contradicts.length).toBeGreaterThan(0);
  });

  it('filters by claimant, subject, article, kind and dates', async () => {
    const by = (await getJson(`${server.url}/api/claims?by=person:pat-ryder`)).body.claims;
    expect(by.length).toBeGreaterThan(0);
    expect(by.every((c: { claimants: { id: string }[] }) => c.claimants.some((w) => w.id === 'person:pat-ryder'))).toBe(
      true,
    );

    const about = (await getJson(`${server.url}/api/claims?about=place:kursk-region`)).body.claims;
    expect(about.length).toBeGreaterThan(0);
    expect(about.every((c: { about: { id: string }[] }) => c.about.some((a) => a.id === 'place:kursk-region'))).toBe(
      true,
    );

    const article = 'article:000-nk-soldiers-killed-kursk';
    const reported = (await getJson(`${server.url}/api/claims?article=${article}`)).body.claims;
    expect(
      reported.every((c: { sources: { articleId: string }[] }) => c.sources.some((s) => s.articleId === article)),
    ).toBe(true);

    const casualties = (await getJson(`${server.url}/api/claims?kind=casualties`)).body.claims;
    expect(casualties.length).toBeGreaterThan(0);
    expect(casualties.every((c: { kind: string }) => c.kind === 'casualties')).toBe(true);

    const ranged = (await getJson(`${server.url}/api/claims?from=2024-12-14&to=2024-12-16`)).body.claims;
    expect(ranged.length).toBeGreaterThan(0);
    expect(ranged.every((c: { date: string }) => c.date >= '2024-12-14' && c.date <= '2024-12-16')).toBe(true);

    expect((await getJson(`${server.url}/api/claims?by=person:pat-ryder&kind=no-comment`)).body.claims).toEqual([]);
    expect((await getJson(`${server.url}/api/claims?limit=2`)).body.claims).toHaveLength(2);
  });

  it.each([
    [
      'about=place:kursk-region',
      'MATCH (c:Claim)-[:ABOUT]->({id: "place:kursk-region"}) RETURN count(DISTINCT c) AS n',
    ],
    ['by=agency:gur', 'MATCH ({id: "agency:gur"})-[:CLAIMED]->(c:Claim) RETURN count(DISTINCT c) AS n'],
    [
      'about=agency:dprk-army&by=agency:gur&kind=casualties',
      'MATCH ({id: "agency:gur"})-[:CLAIMED]->(c:Claim {kind: "casualties"})-[:ABOUT]->({id: "agency:dprk-army"}) ' +
        'RETURN count(DISTINCT c) AS n',
    ],
    [
      'article=article:001-abc-significant-casualties-kursk&from=2024-12-15',
      'MATCH (:Article {id: "article:001-abc-significant-casualties-kursk"})-[:REPORTS]->(c:Claim) ' +
        'WHERE c.date >= "2024-12-15" RETURN count(DISTINCT c) AS n',
    ],
  ])('lists every claim that matches %s, each once', async (filters, countQuery) => {
    const counted = await server.driver.executeQuery(countQuery);
    const expected = Number(counted.records[0]?.get('n'));
    expect(expected).toBeGreaterThan(0);
    const { claims } = (await getJson(`${server.url}/api/claims?${filters}&limit=500`)).body;
    expect(claims).toHaveLength(expected);
    expect(new Set(claims.map((c: { id: string }) => c.id)).size).toBe(expected);
  });

  it('answers one claim by id, and 404 for an unknown one', async () => {
    const answer = await getJson(`${server.url}/api/claims/claim:gur-nk-casualties-30-2024-12-16`);
    expect(answer.status).toBe(200);
    expect(claimSchema.parse(answer.body.claim).id).toBe('claim:gur-nk-casualties-30-2024-12-16');
    const missing = await getJson(`${server.url}/api/claims/claim:never-said`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
  });
});
