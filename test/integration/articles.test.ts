// Adding an article over HTTP: the preview proposes entities and claims against the loaded graph and writes
// nothing; bad texts get a clear 4xx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../setup/test-server';
import { postJson } from './api-client';

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
    expect(vorobzha.mentions.map((mention: { text: string }) => mention.text)).toEqual([
      'Vorobzha',
      'Vorobzha',
      'Vorobzha',
    ]);
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
