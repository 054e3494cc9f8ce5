// /embed answers a readable page with a 4xx status for every bad request (never raw Cypher, saved-query parameters
// checked exactly as POST /api/queries/:id/run checks them), lets EMBED_ORIGINS decide who frames it, and shares
// the API's rate limit; GET /api/oembed answers oEmbed 1.0 "rich" JSON (or XML) for this server's pages and 404 for
// others, with links written from PUBLIC_URL when it is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config/load-config';
import { oembedResponseSchema } from '../../server/src/embed/embed.schema';
import { startTestServer, type TestServer } from '../setup/test-server';
import { getJson, postJson } from './api-client';

const CLAIM = 'claim:ryder-nk-combat-casualties-2024-12-16';

async function getPage(url: string): Promise<{ status: number; html: string; headers: Headers }> {
  const response = await fetch(url);
  return { status: response.status, html: await response.text(), headers: response.headers };
}

/** The message an error page shows, as text. */
function messageOf(html: string): string {
  const match = /<h1>This graph view cannot be shown<\/h1>\s*<p>([^<]*)<\/p>/.exec(html);
  if (!match) throw new Error(`Not an embed error page:\n${html.slice(0, 500)}`);
  return match[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('the /embed page', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('explains an unknown node, claim or saved query inside the frame with 404', async () => {
    for (const search of ['node=person:nobody', 'claim=claim:never-said', 'query=no-such-query']) {
      const page = await getPage(`${server.url}/embed?${search}`);
      expect(page.status, search).toBe(404);
      expect(page.headers.get('content-type'), search).toMatch(/text\/html/);
      expect(messageOf(page.html), search).toMatch(/No (node|claim|saved query)/);
      expect(page.html, search).toContain('Open the explorer');
    }
  });

  it('refuses raw Cypher, a missing or doubled subject, and bad parameters with 400 and a message', async () => {
    const cases: [string, RegExp][] = [
      ['cypher=MATCH%20(n)%20RETURN%20n', /never runs raw Cypher/],
      ['', /exactly one of node=<id>, claim=<id> or query=<saved query id>/],
      [`node=person:pat-ryder&claim=${CLAIM}`, /exactly one of/],
      ['node=person:pat-ryder&limit=5000', /"limit" must be at most 200/],
      ['node=person:pat-ryder&theme=purple', /"theme" must be light, dark or auto/],
      ['query=claims-about&params=not-json', /"params" must be a URL-encoded JSON object/],
      ['node=person:pat-ryder&from=2024-12-20&to=2024-12-01', /"from" must not be after "to"/],
    ];
    for (const [search, message] of cases) {
      const page = await getPage(`${server.url}/embed?${search}`);
      expect(page.status, search).toBe(400);
      expect(messageOf(page.html), search).toMatch(message);
    }
  });

  it('checks saved-query parameters with the very rules of POST /api/queries/:id/run', async () => {
    for (const params of [{}, { entityId: 'not an id' }, { entityId: 'place:vorozhba', limit: 'many' }, { other: 1 }]) {
      const run = await postJson(`${server.url}/api/queries/claims-about/run`, { params });
      const page = await getPage(
        `${server.url}/embed?query=claims-about&params=${encodeURIComponent(JSON.stringify(params))}`,
      );
      expect(page.status, JSON.stringify(params)).toBe(run.status);
      expect(messageOf(page.html)).toBe(run.body.error.message);
    }
  });

  it('may be framed by any origin by default, while every other page may only be framed by the explorer', async () => {
    const embed = await fetch(`${server.url}/embed?node=person:pat-ryder`);
    await embed.text();
    expect(embed.headers.get('content-security-policy')).toMatch(/frame-ancestors \*(;|$)/);
    expect(embed.headers.get('x-frame-options')).toBeNull();
    const health = await fetch(`${server.url}/api/health`);
    expect(health.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/);
    expect(health.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const script = await fetch(`${server.url}/embed.js`);
    expect(script.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  });

  it('shares the API rate limit: API calls and embeds count against one budget', async () => {
    const limited = await startTestServer({ rateLimitPerMinute: 3 });
    try {
      expect((await getJson(`${limited.url}/api/nodes/person:pat-ryder`)).status).toBe(200);
      expect((await getPage(`${limited.url}/embed?node=person:pat-ryder`)).status).not.toBe(429);
      expect((await getJson(`${limited.url}/api/nodes/person:pat-ryder`)).status).toBe(200);
      const refused = await getPage(`${limited.url}/embed?node=person:pat-ryder`);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(messageOf(refused.html)).toMatch(/Too many requests/);
    } finally {
      await limited.close();
    }
  });
});

describe('EMBED_ORIGINS', () => {
  it('lets only the explorer frame /embed when empty, and the explorer and the listed origins otherwise', async () => {
    for (const [embedOrigins, expected] of [
      [[], "frame-ancestors 'self'"],
      [
        ['https://news.example', 'http://localhost:8080'],
        "frame-ancestors 'self' https://news.example http://localhost:8080",
      ],
    ] as const) {
      const server = await startTestServer({ embedOrigins: [...embedOrigins] });
      try {
        const response = await fetch(`${server.url}/embed?node=person:pat-ryder`);
        await response.text();
        expect(response.headers.get('content-security-policy')).toContain(expected);
        expect(response.headers.get('content-security-policy')).not.toMatch(/frame-ancestors \*/);
      } finally {
        await server.close();
      }
    }
  });
});

describe('GET /api/oembed', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  const oembed = (url: string, extra = '') =>
    getJson(`${server.url}/api/oembed?url=${encodeURIComponent(url)}${extra}`);

  it('answers oEmbed 1.0 rich JSON for an embed address, within the maximum size', async () => {
    const answer = await oembed(`${server.url}/embed?claim=${CLAIM}&theme=dark`, '&maxwidth=400&maxheight=300');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/application\/json/);
    const body = oembedResponseSchema.parse(answer.body);
    expect(body).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Knowledge-graph explorer' });
    expect(body.width).toBeLessThanOrEqual(400);
    expect(body.height).toBeLessThanOrEqual(300);
    expect(body.title).toMatch(/^Claim: /);
    expect(body.html).toMatch(
      new RegExp(
        `^<iframe src="${server.url}/embed\\?claim=claim%3Aryder-nk-combat-casualties-2024-12-16&amp;theme=dark" width="400" height="300"`,
      ),
    );
  });

  it('answers for an explorer address with the same query, filters and selection', async () => {
    const explorer = `${server.url}/?query=claims-about&params=${encodeURIComponent('{"entityId":"place:vorozhba"}')}&hide=Article&node=agency:gur&camera=0.5,0.5,1`;
    const answer = await oembed(explorer);
    expect(answer.status).toBe(200);
    const body = oembedResponseSchema.parse(answer.body);
    expect(body.title).toBe('Claims about a place, event or anyone');
    expect(body.html).toContain('query=claims-about');
    expect(body.html).toContain('hide=Article');
    expect(body.html).toContain('select=agency%3Agur');
    expect(body.width).toBe(640);
  });

  it('answers 404 for another site, another path, an ad-hoc Cypher view or an unknown node', async () => {
    for (const url of [
      'https://elsewhere.example/embed?node=person:pat-ryder',
      `${server.url}/api/health`,
      `${server.url}/?cypher=MATCH%20(n)%20RETURN%20n`,
      `${server.url}/embed?node=person:nobody`,
    ]) {
      const answer = await oembed(url);
      expect(answer.status, url).toBe(404);
      expect(answer.body.error.code, url).toBe('NOT_FOUND');
    }
    expect((await getJson(`${server.url}/api/oembed`)).status).toBe(400);
  });
});

describe('oEmbed as XML, and links written with PUBLIC_URL', () => {
  const PUBLIC = 'https://graph.example.org';
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ publicUrl: PUBLIC });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers format=xml with the same fields as the JSON, escaped', async () => {
    const url = `${PUBLIC}/embed?claim=${CLAIM}&theme=dark`;
    const response = await fetch(`${server.url}/api/oembed?format=xml&url=${encodeURIComponent(url)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/xml/);
    const xml = await response.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8" standalone="yes"\?>\n<oembed>/);
    expect(xml).toContain('<version>1.0</version>');
    expect(xml).toContain('<type>rich</type>');
    expect(xml).toContain(`<html>&lt;iframe src=&quot;${PUBLIC}/embed?claim=`);
    expect(xml).toContain('&amp;amp;theme=dark');
  });

  it('writes PUBLIC_URL, not the address the request reached, into oEmbed answers, pages and JSON-LD ids', async () => {
    const json = await getJson(`${server.url}/api/oembed?url=${encodeURIComponent(`${PUBLIC}/embed?claim=${CLAIM}`)}`);
    expect(json.status).toBe(200);
    expect(oembedResponseSchema.parse(json.body).provider_url).toBe(`${PUBLIC}/`);
    const local = await getJson(
      `${server.url}/api/oembed?url=${encodeURIComponent(`${server.url}/embed?claim=${CLAIM}`)}`,
    );
    expect(local.status, 'the local address is not this explorer’s public one').toBe(404);
    const page = await (await fetch(`${server.url}/embed?claim=${CLAIM}`)).text();
    expect(page).toContain(`href="${PUBLIC}/api/oembed?format=json&amp;url=`);
    expect(page).toContain(`type="text/xml+oembed" href="${PUBLIC}/api/oembed?format=xml&amp;url=`);
    const jsonld = (await (await fetch(`${server.url}/api/claims/${CLAIM}?format=jsonld`)).json()) as { '@id': string };
    expect(jsonld['@id']).toBe(`${PUBLIC}/api/claims/${encodeURIComponent(CLAIM)}`);
  });

  it('refuses a format it does not serve and a PUBLIC_URL with a path, saying what to write', async () => {
    const answer = await getJson(`${server.url}/api/oembed?format=yaml&url=${encodeURIComponent(PUBLIC)}`);
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/json or xml/);
    expect(() => loadConfig({ PUBLIC_URL: 'https://example.org/graph' })).toThrow(/https:\/\/graph.example.org/);
  });
});

describe('POST /api/embed/sources', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lists the articles among the ids and those reporting the claims among them, newest first', async () => {
    const article = 'article:000-nk-soldiers-killed-kursk';
    const fromClaim = await postJson(`${server.url}/api/embed/sources`, { ids: [CLAIM, 'person:pat-ryder'] });
    expect(fromClaim.status).toBe(200);
    expect(fromClaim.body.sources.map((s: { articleId: string }) => s.articleId)).toContain(article);
    expect(fromClaim.body.total).toBe(fromClaim.body.sources.length);
    const dates = fromClaim.body.sources.map((s: { published: string }) => s.published);
    expect([...dates].sort().reverse()).toEqual(dates);

    const direct = await postJson(`${server.url}/api/embed/sources`, { ids: [article] });
    expect(direct.body.sources).toEqual([
      expect.objectContaining({ articleId: article, published: '2024-12-16', title: expect.any(String) }),
    ]);
    expect((await postJson(`${server.url}/api/embed/sources`, { ids: ['place:nowhere'] })).body).toEqual({
      sources: [],
      total: 0,
    });
    const notAList = await postJson(`${server.url}/api/embed/sources`, { ids: 'claim:x' });
    expect(notAList.status).toBe(400);
    expect(notAList.body.error.message).toMatch(/"ids" must be a list of node ids/);
  });

  it('takes the 10,000 ids it promises (a whole large view, for its HTML snapshot), and refuses one more', async () => {
    // Ids as long as the seed graph's claim ids: 10,000 of them are over 400 kB of JSON.
    const ids = (count: number) => [
      CLAIM,
      ...Array.from({ length: count - 1 }, (_, i) => `claim:a-long-claim-id-${i}`),
    ];
    const all = await postJson(`${server.url}/api/embed/sources`, { ids: ids(10_000) });
    expect(all.status, JSON.stringify(all.body)).toBe(200);
    expect(all.body.sources.map((s: { articleId: string }) => s.articleId)).toContain(
      'article:000-nk-soldiers-killed-kursk',
    );
    const tooMany = await postJson(`${server.url}/api/embed/sources`, { ids: ids(10_001) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toMatch(/at most 10000 node ids/);
  });
});
