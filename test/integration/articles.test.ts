// Adding an article over HTTP: the preview proposes entities and claims against the loaded graph and writes
// nothing; bad texts get a clear 4xx. Saving the reviewed proposal writes a Cypher file (into a temporary Cypher
// folder here) and loads it, behind the write token; when any step fails nothing is left, in the folder or the graph.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptProposal } from '../../server/src/articles/accept-proposal';
import type { Proposal } from '../../server/src/articles/articles.schema';
import { saveArticle } from '../../server/src/articles/save-article';
import { CYPHER_ROOT, loadScript } from '../../tools/loader/load-cypher';
import { startTestServer, type TestServer } from '../setup/test-server';
import { getJson, postJson } from './api-client';

const ARTICLE =
  'Russia says it repelled Ukrainian attacks near Vorobzha\n' +
  'KYIV (Reuters) -- Ukraine\'s Defence Intelligence of Ukraine said on Monday that "at least 40 North Korean ' +
  'soldiers were killed" near the village of Vorobzha in the Kursk region.\n' +
  '"Their losses are growing," HUR wrote on Telegram.\n' +
  'White House national security spokesperson John Kirby told reporters several dozen North Korean soldiers had ' +
  'been killed or wounded.\n';

async function countNodes(server: TestServer): Promise<number> {
  const result = await server.driver.executeQuery('MATCH (n) RETURN count(n) AS nodes');
  return Number(result.records[0]?.get('nodes'));
}

describe('POST /api/articles/preview', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server.close());

  it('proposes the article, its entities matched to the graph and its attributed claims, writing nothing', async () => {
    const before = await countNodes(server);
    const answer = await postJson(`${server.url}/api/articles/preview`, { text: ARTICLE, published: '2024-12-17' });
    expect(answer.status).toBe(200);
    const ids = answer.body.entities.map((entity: { matchId: string | null }) => entity.matchId);
    expect(ids).toEqual(expect.arrayContaining(['place:vorozhba', 'agency:gur', 'person:john-kirby']));
    const vorobzha = answer.body.entities.find((entity: { matchId: string }) => entity.matchId === 'place:vorozhba');
    expect(vorobzha.mentions.map((mention: { text: string }) => mention.text)).toEqual(['Vorobzha', 'Vorobzha']);
    expect(vorobzha.match.by).toBe('alias');
    expect(answer.body.article).toMatchObject({
      title: { value: 'Russia says it repelled Ukrainian attacks near Vorobzha' },
    });
    expect(answer.body.article.id).toMatch(/^article:005-/);
    const [first, second] = answer.body.claims;
    expect(first).toMatchObject({
      claimant: { matchId: 'agency:gur' },
      quote: 'at least 40 North Korean soldiers were killed',
      date: '2024-12-16',
      countMin: 40,
      measure: 'killed',
    });
    expect(first.dateNote).toMatch(/Monday/);
    expect(second).toMatchObject({ claimant: { matchId: 'agency:gur' }, channel: 'Telegram' });
    const kirby = answer.body.claims.find(
      (claim: { claimant: { matchId: string } }) => claim.claimant.matchId === 'person:john-kirby',
    );
    expect(kirby).toMatchObject({ countMin: 24, countMax: 99, quote: null });
    // "Several dozen" cannot be "a couple hundred" of the same population, as the hand-made graph also says.
    expect(kirby.relatedClaims).toContainEqual(
      expect.objectContaining({ id: 'claim:official-couple-hundred-casualties-2024-12-17', type: 'CONTRADICTS' }),
    );
    expect(await countNodes(server)).toBe(before);
  });

  it('answers 400 for empty, binary or non-English text and 413 for text too long to review', async () => {
    const preview = (text: unknown) => postJson(`${server.url}/api/articles/preview`, { text });
    const empty = await preview('   ');
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/empty/);
    expect((await preview('\u0000\u0001binary\u0002\u0003\u0004')).body.error.message).toMatch(/binary/);
    const french = await preview(
      'Des soldats nord-coréens ont été tués lors de combats avec les forces ukrainiennes dans la région de Koursk, ' +
        'selon le renseignement militaire ukrainien, qui ne fournit pas de chiffres vérifiables.',
    );
    expect(french.status).toBe(400);
    expect(french.body.error.message).toMatch(/not English/);
    expect((await preview('word '.repeat(12_001))).status).toBe(413);
    expect((await preview(42)).status).toBe(400);
  });
});

const TOKEN = 'test-token-for-article-writes-0123';

const reviewed = acceptProposal;

async function graphCounts(server: TestServer): Promise<string> {
  const result = await server.driver.executeQuery(
    'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
  );
  const record = result.records[0];
  return `${record?.get('nodes')} nodes, ${record?.get('relationships')} relationships`;
}

describe('POST /api/articles', () => {
  let server: TestServer;
  let cypherDir: string;
  let saved: string | undefined;
  beforeAll(async () => {
    cypherDir = mkdtempSync(path.join(os.tmpdir(), 'kg-articles-'));
    for (const folder of ['articles', path.join('data', '10-articles')]) {
      cpSync(path.join(CYPHER_ROOT, folder), path.join(cypherDir, folder), { recursive: true });
    }
    server = await startTestServer({ cypherDir, writeToken: TOKEN });
  });
  afterAll(async () => {
    // Other test files share this database and count the seed graph: remove what this file added.
    await server.driver.executeQuery(
      `MATCH (a:Article) WHERE a.id STARTS WITH 'article:005-' OPTIONAL MATCH (a)-[:REPORTS]->(c:Claim) WHERE NOT EXISTS {
         (other:Article)-[:REPORTS]->(c) WHERE other <> a }
       OPTIONAL MATCH (a)-[:MENTIONS]->(n) WHERE n.id STARTS WITH 'person:mark-rutte'
       DETACH DELETE a, c, n`,
    );
    await server.driver.executeQuery("MATCH (s:_LoadedScript) WHERE s.path CONTAINS '005-' DELETE s");
    await server.close();
    rmSync(cypherDir, { recursive: true, force: true });
  });

  const text = ARTICLE + 'NATO Secretary General Mark Rutte said the deployment was "a dangerous escalation".\n';
  const preview = async () =>
    (await postJson(`${server.url}/api/articles/preview`, { text, published: '2024-12-17' })).body as Proposal;
  const scripts = () => readdirSync(path.join(cypherDir, 'data', '10-articles'));

  it('needs the write token, and writes nothing without it', async () => {
    const before = await graphCounts(server);
    const answer = await postJson(`${server.url}/api/articles`, reviewed(await preview()));
    expect(answer.status).toBe(401);
    expect(scripts()).toHaveLength(5);
    expect(await graphCounts(server)).toBe(before);
  });

  it('refuses a quote that is not in the text, writing nothing', async () => {
    const request = reviewed(await preview());
    const first = request.claims[0];
    if (first) first.quote = 'words nobody wrote';
    const answer = await postJson(`${server.url}/api/articles`, request, { authorization: `Bearer ${TOKEN}` });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/not word for word/);
    expect(scripts()).toHaveLength(5);
  });

  it('removes the files again when loading fails, and the graph is unchanged', async () => {
    const before = await graphCounts(server);
    const request = reviewed(await preview());
    const failingLoad = async (file: string) => {
      expect(existsSync(file)).toBe(true);
      throw new Error('the database went away');
    };
    await expect(
      saveArticle(request, { driver: server.driver, target: { timeoutMs: 30_000 }, cypherDir, load: failingLoad }),
    ).rejects.toThrow(/went away/);
    expect(scripts()).toHaveLength(5);
    expect(readdirSync(path.join(cypherDir, 'articles'))).toHaveLength(5);
    expect(await graphCounts(server)).toBe(before);
  });

  it('writes the reviewed article as a Cypher file in the house style, loads it, and answers its id and counts', async () => {
    const proposal = await preview();
    const request = reviewed(proposal);
    const answer = await postJson(`${server.url}/api/articles`, request, { authorization: `Bearer ${TOKEN}` });
    expect(answer.status).toBe(201);
    saved = answer.body.article.id;
    expect(saved).toMatch(/^article:005-russia-says-it-repelled/);
    expect(answer.body.counts).toMatchObject({ newEntities: 1, claims: proposal.claims.length });

    const script = path.join(cypherDir, answer.body.article.script);
    const written = readFileSync(script, 'utf8');
    expect(written).toContain(`MERGE (a:Article {id: '${saved}'})`);
    expect(written).toContain("MERGE (n:Person {id: 'person:mark-rutte'})");
    expect(written).toContain("(n:Place {id: 'place:vorozhba'}) MERGE (a)-[:MENTIONS]->(n);");
    expect(readFileSync(path.join(cypherDir, 'articles', answer.body.article.file), 'utf8')).toBe(text);

    const claims = await getJson(`${server.url}/api/claims?article=${encodeURIComponent(saved ?? '')}`);
    expect(claims.body.claims).toHaveLength(proposal.claims.length);
    const gur = claims.body.claims.find((claim: { sources: { quote: string }[] }) =>
      claim.sources.some((source) => source.quote === 'at least 40 North Korean soldiers were killed'),
    );
    expect(gur).toMatchObject({ date: '2024-12-16', countMin: 40, claimants: [{ id: 'agency:gur' }] });
    expect(gur.about.map((item: { id: string }) => item.id)).toContain('place:vorozhba');
    const kirby = claims.body.claims.find(
      (claim: { claimants: { id: string }[] }) => claim.claimants[0]?.id === 'person:john-kirby',
    );
    expect(kirby.contradicts.map((other: { id: string }) => other.id)).toContain(
      'claim:official-couple-hundred-casualties-2024-12-17',
    );

    // The next preview knows the person the save added: the server reads the graph's names again after a save.
    const again = await preview();
    expect(again.entities.find((entity) => entity.name === 'Mark Rutte')?.matchId).toBe('person:mark-rutte');

    // Loading the written file again changes nothing: it is idempotent like the hand-written ones.
    const after = await graphCounts(server);
    await loadScript(server.driver, script, { root: cypherDir });
    expect(await graphCounts(server)).toBe(after);
  });
});
