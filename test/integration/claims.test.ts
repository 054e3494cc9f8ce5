// The claims API on the seed graph: provenance computed in Cypher (source counts, independent outlets, the first
// report or an honest tie), related claims with direction and claimants, paging, sorting, filters, errors, and the
// CSV and JSON-LD exports read back.
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readClaims } from '../../server/src/claims/claims.repository';
import { claimsQuerySchema, claimsResponseSchema, type Claim } from '../../server/src/claims/claims.schema';
import { startTestServer, type TestServer } from '../setup/test-server';
import { getJson, postJson } from './api-client';

const A000 = 'article:000-nk-soldiers-killed-kursk';
const A001 = 'article:001-abc-significant-casualties-kursk';
const A002 = 'article:002-newsweek-kursk-drone-gun-battle';
const A003 = 'article:003-us-confirms-nk-troops-killed';
const A004 = 'article:004-ap-couple-hundred-nk-casualties';
const GUR_30 = 'claim:gur-nk-casualties-30-2024-12-16';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

async function claim(id: string): Promise<Claim> {
  const answer = await getJson(`${server.url}/api/claims/${id}`);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.claim;
}

async function list(search: string) {
  const answer = await getJson(`${server.url}/api/claims?${search}`);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return claimsResponseSchema.parse(answer.body);
}

describe('the provenance of a claim', () => {
  it("lists GUR's 'at least 30' with its three sources by date, and says the first report cannot be told", async () => {
    const gur = await claim(GUR_30);
    expect(gur.datePrecision).toBe('day');
    expect(gur.sourceCount).toBe(3);
    // ABC News, and two articles whose outlet is unknown: each of those counts on its own.
    expect(gur.independentSourceCount).toBe(3);
    expect(gur.sources.map((s) => [s.articleId, s.outlet, s.outletId, s.published, s.publishedPrecision])).toEqual([
      [A001, 'ABC News', 'agency:abc-news', '2024-12-16', 'day'],
      [A000, 'unknown', null, '2024-12-16', 'on-or-after'],
      [A003, 'unknown', null, '2024-12-16', 'on-or-after'],
    ]);
    expect(gur.firstReport).toEqual({
      articleId: A001,
      outlet: 'ABC News',
      published: '2024-12-16',
      publishedPrecision: 'day',
      tie: true,
      candidates: [A001, A000, A003],
    });
    const [abc, first, third] = gur.sources;
    expect(abc?.quote).toBe(
      'units of the DPRK army suffered significant losses -- at least 30 soldiers were killed and wounded',
    );
    expect(abc?.note).toBeNull();
    expect(first?.quote).toBeNull();
    expect(first?.passage).toMatch(
      /^According to Ukraine’s military intelligence agency \(GUR\), around 30 North Korean/,
    );
    expect(first?.note).toBe('000 says "around 30"; the GUR’s own words, as quoted in 001, are "at least 30".');
    expect(third?.passage).toMatch(/these claims have yet to be independently verified\.$/);
  });

  it('names who made each related claim and in which direction the relationship runs', async () => {
    const gur = await claim(GUR_30);
    expect(gur.contradicts).toEqual([]);
    expect(Object.fromEntries(gur.corroborates.map((r) => [r.id, `${r.direction} ${r.basis}`]))).toEqual({
      'claim:gur-mixed-units-200-casualties-2024-12-14': 'in scope',
      'claim:zelensky-noticeable-losses-2024-12-14': 'in content',
      'claim:drone-unit-footage-20-casualties': 'in figures',
      'claim:kirby-several-dozen-casualties-2024-12-16': 'in figures',
      'claim:ryder-nk-combat-casualties-2024-12-16': 'in content',
      'claim:russianpropx-dprk-losses-30-2024-12-16': 'in relay',
      'claim:official-couple-hundred-casualties-2024-12-17': 'in scope',
    });
    const relay = gur.corroborates.find((r) => r.id === 'claim:russianpropx-dprk-losses-30-2024-12-16');
    expect(relay?.claimants).toEqual([
      { id: 'agency:russianpropx', labels: ['Agency'], name: expect.any(String), channel: 'X', note: null },
    ]);
    expect(relay?.note).toMatch(/not independent confirmation/);

    const kirby = await claim('claim:kirby-several-dozen-casualties-2024-12-16');
    expect(kirby.contradicts).toMatchObject([
      {
        id: 'claim:official-couple-hundred-casualties-2024-12-17',
        direction: 'in',
        basis: 'figures',
        claimants: [{ id: 'person:senior-us-military-official', channel: 'anonymous briefing to reporters' }],
      },
    ]);
    expect(kirby.corroborates).toMatchObject([{ id: GUR_30, direction: 'out', claimants: [{ id: 'agency:gur' }] }]);
  });

  it('gives a claim with one exactly dated source that source as its first report, without a tie', async () => {
    const official = await claim('claim:official-couple-hundred-casualties-2024-12-17');
    expect([official.sourceCount, official.independentSourceCount]).toEqual([1, 1]);
    expect(official.firstReport).toEqual({
      articleId: A004,
      outlet: 'The Associated Press',
      published: '2024-12-17',
      publishedPrecision: 'day',
      tie: false,
      candidates: [A004],
    });
    expect(official.contradicts.map((r) => [r.id, r.direction])).toEqual([
      ['claim:gur-mixed-units-200-casualties-2024-12-14', 'out'],
      ['claim:kirby-several-dozen-casualties-2024-12-16', 'out'],
    ]);
  });

  it('calls a first report dated only "on or after" a tie with every later source', async () => {
    const ryder = await claim('claim:ryder-nk-combat-casualties-2024-12-16');
    expect(ryder.measure).toBe('killed and wounded');
    expect(ryder.sources.map((s) => s.articleId)).toEqual([A000, A003, A002]);
    expect([ryder.sourceCount, ryder.independentSourceCount]).toEqual([3, 3]);
    expect(ryder.firstReport).toMatchObject({ articleId: A000, tie: true, candidates: [A000, A003, A002] });
    expect(ryder.sources[2]?.note).toBe(
      '002 paraphrases the location as "in Ukraine"; Ryder’s quoted words say Kursk (Russia).',
    );

    // The AP's exact Dec 17 cannot beat 000's "Dec 16 or later": 000 may be from Dec 18.
    const estimate = await claim('claim:us-ukraine-nk-troops-10000-12000');
    expect(estimate.datePrecision).toBe('approximate');
    expect(estimate.sources.map((s) => [s.articleId, s.publishedPrecision])).toEqual([
      [A000, 'on-or-after'],
      [A004, 'day'],
      [A002, 'on-or-after'],
    ]);
    expect(estimate.firstReport).toMatchObject({ articleId: A000, tie: true, candidates: [A000, A004, A002] });
    expect(estimate.claimants.map((c) => [c.id, c.channel])).toEqual([
      ['agency:government-of-ukraine', 'statement'],
      ['agency:us-government', 'statement'],
    ]);
  });

  it('marks a claim the source does not date as undated, its date a stand-in', async () => {
    const footage = await claim('claim:zelensky-footage-taking-cover');
    expect([footage.date, footage.datePrecision]).toEqual(['2024-12-16', 'undated']);
    expect(footage.firstReport).toEqual({
      articleId: A003,
      outlet: 'unknown',
      published: '2024-12-16',
      publishedPrecision: 'on-or-after',
      tie: false,
      candidates: [A003],
    });
  });

  it('counts two articles of one outlet once, and an undated source as a possible first report', async () => {
    // Extra articles exist only inside this transaction, which is rolled back: other tests never see them.
    const session = server.driver.session();
    const tx = session.beginTransaction();
    try {
      await tx.run(
        `MATCH (c:Claim {id: $claim}), (abc:Agency {id: 'agency:abc-news'})
         CREATE (a:Article {id: 'article:test-abc-follow-up', title: 'Follow-up', outlet: 'ABC News',
                            published: '2024-12-15', publishedPrecision: 'day'})-[:PUBLISHED_BY]->(abc),
                (a)-[:REPORTS {quote: 'at least 30'}]->(c)`,
        { claim: GUR_30 },
      );
      const read = async (): Promise<Claim> => {
        const query = claimsQuerySchema.parse({ article: 'article:test-abc-follow-up' });
        const { claims } = await readClaims((text, parameters) => tx.run(text, parameters), query, []);
        expect(claims.map((c) => (c as Claim).id)).toEqual([GUR_30]);
        return claims[0] as Claim;
      };
      const withFollowUp = await read();
      expect([withFollowUp.sourceCount, withFollowUp.independentSourceCount]).toEqual([4, 3]);
      expect(withFollowUp.firstReport).toMatchObject({
        articleId: 'article:test-abc-follow-up',
        published: '2024-12-15',
        tie: false,
        candidates: ['article:test-abc-follow-up'],
      });

      await tx.run(
        `MATCH (c:Claim {id: $claim})
         CREATE (:Article {id: 'article:test-undated', title: 'Undated'})-[:REPORTS]->(c)`,
        { claim: GUR_30 },
      );
      const withUndated = await read();
      expect([withUndated.sourceCount, withUndated.independentSourceCount]).toEqual([5, 4]);
      expect(withUndated.sources.at(-1)).toMatchObject({ articleId: 'article:test-undated', published: null });
      expect(withUndated.firstReport).toMatchObject({
        articleId: 'article:test-abc-follow-up',
        tie: true,
        candidates: ['article:test-abc-follow-up', 'article:test-undated'],
      });
    } finally {
      await tx.rollback();
      await session.close();
    }
  });
});

describe('listing claims', () => {
  it('pages through every claim with limit and skip, the total counting them all', async () => {
    const counted = await server.driver.executeQuery('MATCH (c:Claim) RETURN count(c) AS n');
    const expected = Number(counted.records[0]?.get('n'));
    const everything = await list('limit=1000');
    expect(everything.total).toBe(expected);
    expect(everything.claims).toHaveLength(expected);
    const pages = [];
    for (let skip = 0; skip < expected; skip += 20) {
      const page = await list(`limit=20&skip=${skip}`);
      expect(page).toMatchObject({ total: expected, skip, limit: 20 });
      pages.push(...page.claims.map((c) => c.id));
    }
    expect(pages).toEqual(everything.claims.map((c) => c.id));
    expect((await list(`skip=${expected}`)).claims).toEqual([]);
  });

  it('sorts by source count, claimant or kind, ties by date then id', async () => {
    const bySources = (await list('sort=sources&order=desc&limit=1000')).claims;
    const counts = bySources.map((c) => c.sourceCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(3);
    const byClaimant = (await list('sort=claimant&limit=1000')).claims;
    const names = byClaimant.map((c) => c.claimants.map((w) => (w.name ?? '').toLowerCase()).sort()[0] ?? '');
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const kinds = (await list('sort=kind&kind=casualties&limit=5')).claims.map((c) => c.kind);
    expect(new Set(kinds)).toEqual(new Set(['casualties']));
  });

  it('filters by words of the text and by being contested', async () => {
    expect((await list('q=BATTALION')).claims.map((c) => c.id)).toEqual([
      'claim:zelensky-makhnovka-battalion-2025-01-04',
    ]);
    const contested = await list('contested=true');
    expect(contested.claims.map((c) => c.id).sort()).toEqual([
      'claim:butusov-no-evacuation-of-wounded',
      'claim:drone-footage-sleds-plekhovo',
      'claim:gur-mixed-units-200-casualties-2024-12-14',
      'claim:kirby-several-dozen-casualties-2024-12-16',
      'claim:official-couple-hundred-casualties-2024-12-17',
    ]);
    expect(contested.total).toBe(5);
    // Contested with another filter: the claims that meet both, whichever of the two the query starts from.
    const contestedCasualties = await list('contested=true&kind=casualties&sort=date&order=desc');
    expect(contestedCasualties.claims.map((c) => c.id)).toEqual(
      contested.claims
        .filter((c) => c.kind === 'casualties')
        .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id))
        .map((c) => c.id),
    );
    expect(contestedCasualties.total).toBe(contestedCasualties.claims.length);
    const aboutKursk = await list('contested=true&about=place:kursk-region');
    expect(aboutKursk.claims.length).toBeGreaterThan(0);
    expect(aboutKursk.claims.every((c) => contested.claims.some((d) => d.id === c.id))).toBe(true);
    expect(aboutKursk.claims.every((c) => c.about.some((what) => what.id === 'place:kursk-region'))).toBe(true);
  });

  it("answers Zelensky's statements in order with their channels", async () => {
    const zelensky = (await list('by=person:volodymyr-zelensky&limit=1000')).claims;
    const dates = zelensky.map((c) => c.date ?? '');
    expect(dates).toEqual([...dates].sort());
    expect(new Set(zelensky.flatMap((c) => c.claimants.map((w) => w.channel)))).toEqual(
      new Set(['Telegram', 'video address', 'X', 'unspecified']),
    );
  });

  it.each([
    ['by=person:nobody', /claimant \("by"\) "person:nobody"/],
    ['about=place:atlantis&by=person:pat-ryder', /subject \("about"\) "place:atlantis"/],
    ['article=article:never-written', /article \("article"\) "article:never-written"/],
  ])('answers 404 for an id that names nothing (%s), saying where ids come from', async (search, message) => {
    const answer = await getJson(`${server.url}/api/claims?${search}`);
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe('NOT_FOUND');
    expect(answer.body.error.message).toMatch(message);
    expect(answer.body.error.message).toMatch(/GET \/api\/search/);
  });

  it('answers an empty list for entities that exist but made no such claim', async () => {
    expect(await list('by=person:pat-ryder&kind=no-comment')).toMatchObject({ claims: [], total: 0 });
  });

  it('answers 400 for a reversed date range, saying to swap the dates', async () => {
    const answer = await getJson(`${server.url}/api/claims?from=2024-12-20&to=2024-12-01`);
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/"from" must not be after "to"; swap the two dates/);
  });
});

describe('exports for a fact-checking desk', () => {
  it('writes CSV with one row per claim and source, which reads back to the same claims and citations', async () => {
    const response = await fetch(`${server.url}/api/claims?kind=casualties&format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="?claims\.csv"?$/);
    const parsed = Papa.parse<Record<string, string>>(await response.text(), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(
      expect.arrayContaining(['claimant', 'date', 'claim', 'figures', 'outlet', 'article', 'published', 'quote']),
    );
    const json = await list('kind=casualties');
    expect(response.headers.get('x-total-count')).toBe(String(json.total));
    expect(parsed.data.map((row) => `${row.claimId} ${row.articleId}`)).toEqual(
      json.claims.flatMap((c) => c.sources.map((s) => `${c.id} ${s.articleId}`)),
    );
    const abc = parsed.data.find((row) => row.claimId === GUR_30 && row.articleId === A001);
    expect(abc).toMatchObject({
      date: '2024-12-16',
      claimant: 'Main Directorate of Intelligence (GUR) (Telegram)',
      figures: '≥ 30',
      measure: 'killed and wounded',
      outlet: 'ABC News',
      published: '2024-12-16',
      publishedPrecision: 'exact day',
      quote: 'units of the DPRK army suffered significant losses -- at least 30 soldiers were killed and wounded',
      sourceCount: '3',
      independentSourceCount: '3',
      firstReportedBy: 'cannot tell (3 sources may have been first)',
    });
    const kirby = parsed.data.find((row) => row.claimId === 'claim:kirby-several-dozen-casualties-2024-12-16');
    expect(kirby?.figures).toBe('24–99');
    const makhnovka = parsed.data.find((row) => row.claimId === 'claim:zelensky-makhnovka-battalion-2025-01-04');
    expect(makhnovka?.figures).toBe('≤ 1,000');
  });

  it('describes a claim as a schema.org Claim in JSON-LD, with every appearance and the possible first ones', async () => {
    const response = await fetch(`${server.url}/api/claims/${GUR_30}?format=jsonld`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const document = JSON.parse(await response.text());
    expect(document).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Claim',
      '@id': `${server.url}/api/claims/${encodeURIComponent(GUR_30)}`,
      identifier: GUR_30,
      text: expect.stringContaining('at least 30 soldiers killed and wounded'),
      datePublished: '2024-12-16',
      author: [{ '@type': 'Organization', identifier: 'agency:gur', name: 'Main Directorate of Intelligence (GUR)' }],
    });
    expect(document.appearance.map((a: { identifier: string }) => a.identifier)).toEqual([A001, A000, A003]);
    expect(document.appearance[0]).toMatchObject({
      '@type': 'Article',
      datePublished: '2024-12-16',
      publisher: { '@type': 'Organization', name: 'ABC News', identifier: 'agency:abc-news' },
      hasPart: expect.arrayContaining([{ '@type': 'Quotation', text: expect.stringContaining('at least 30') }]),
    });
    expect(document.appearance[1].publisher).toBeUndefined();
    expect(document.firstAppearance.map((a: { identifier: string }) => a.identifier)).toEqual([A001, A000, A003]);

    const single = await (
      await fetch(`${server.url}/api/claims/claim:official-couple-hundred-casualties-2024-12-17?format=jsonld`)
    ).json();
    expect(single.firstAppearance).toMatchObject({ identifier: A004, publisher: { name: 'The Associated Press' } });
    expect(single.author).toEqual([
      { '@type': 'Person', identifier: 'person:senior-us-military-official', name: expect.any(String) },
    ]);
  });
});

describe('the saved query "Casualty figures side by side"', () => {
  it("lists every casualty statement, with or without a figure, including the Pentagon's killed and wounded", async () => {
    const answer = await postJson(`${server.url}/api/queries/casualty-figures/run`, { params: {} });
    expect(answer.status).toBe(200);
    const counted = await server.driver.executeQuery("MATCH (c:Claim {kind: 'casualties'}) RETURN count(c) AS n");
    const casualties = Number(counted.records[0]?.get('n'));
    expect(answer.body.columns).toEqual([
      'date',
      'claimedBy',
      'statement',
      'figure',
      'atLeast',
      'atMost',
      'measure',
      'kind',
      'verified',
      'sources',
      'graph',
    ]);
    const rows = answer.body.rows as Record<string, unknown>[];
    expect(rows).toHaveLength(casualties + 1);
    const ryder = rows.find((row) => (row.claimedBy as string[]).includes('Pat Ryder (statement)'));
    expect(ryder).toMatchObject({
      kind: 'combat-engagement',
      measure: 'killed and wounded',
      atLeast: null,
      figure: null,
    });
    expect(ryder?.sources).toHaveLength(3);
    // Zelensky's "already noticeable losses" gives no number and is still a casualty statement.
    const withoutFigure = rows.filter(
      (row) => row.kind === 'casualties' && row.atLeast === null && row.atMost === null,
    );
    expect(withoutFigure.map((row) => row.claimedBy)).toContainEqual(['Volodymyr Zelensky (Telegram)']);
    expect(answer.body.graph.nodes.map((n: { id: string }) => n.id)).toContain('person:pat-ryder');
  });
});
