// An analyst pastes a new article, reviews the proposal (rejects an entity, edits a claim and its subjects),
// saves, and sees the new article in the graph — written into a temporary Cypher folder, removed afterwards.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CYPHER_ROOT } from '../../tools/loader/load-cypher';
import { openExplorer, waitForIdleGraph } from './explorer-page';
import { useExplorerSession } from './explorer-session';

const ARTICLE = [
  'Ukraine says dozens of North Korean troops killed near Vorobzha',
  'KYIV -- The Defence Intelligence of Ukraine said on Monday that "at least 40 North Korean soldiers were killed" ' +
    'near the village of Vorobzha in the Kursk region.',
  'NATO Secretary General Mark Rutte said the deployment was "a dangerous escalation".',
].join('\n');

const cypherDir = mkdtempSync(path.join(os.tmpdir(), 'kg-e2e-articles-'));
for (const folder of ['articles', path.join('data', '10-articles')]) {
  cpSync(path.join(CYPHER_ROOT, folder), path.join(cypherDir, folder), { recursive: true });
}

describe('adding an article from the explorer', () => {
  const session = useExplorerSession({ cypherDir });
  let saved: string | null = null;
  afterAll(async () => {
    // The database is shared with later test files that count the seed graph: take the article out again.
    await session.server.driver.executeQuery(
      `MATCH (a:Article) WHERE a.id STARTS WITH 'article:005-' OPTIONAL MATCH (a)-[:REPORTS]->(c:Claim)
       WHERE NOT EXISTS { (other:Article)-[:REPORTS]->(c) WHERE other <> a }
       DETACH DELETE a, c`,
    );
    await session.server.driver.executeQuery("MATCH (s:_LoadedScript) WHERE s.path CONTAINS '005-' DELETE s");
    rmSync(cypherDir, { recursive: true, force: true });
  });

  it('pastes, reviews, saves, and shows the new article in the graph', async () => {
    const { page, errors } = await openExplorer(session.browser, session.server.url);
    await page.getByRole('button', { name: 'Add article' }).click();
    await page.locator('#ingest-text').fill(ARTICLE);
    await page.locator('#ingest-published').fill('2024-12-17');
    await page.getByRole('button', { name: 'Propose' }).click();
    await expect.poll(() => page.locator('#ingest-status').textContent(), { timeout: 30_000 }).toContain('Review');

    // Vorobzha is recognised as Vorozhba and highlighted in the text; the GUR under its official English name.
    const vorozhba = page.locator('#ingest-entities li[data-entity="place:vorozhba"]');
    await expect.poll(() => vorozhba.count()).toBe(1);
    expect(await page.locator('#ingest-article-text mark[data-entity="place:vorozhba"]').count()).toBe(2);
    expect(await page.locator('#ingest-entities li[data-entity="agency:gur"]').count()).toBe(1);

    // Reject Mark Rutte (a new node): his claim is no longer saved.
    const rutte = page.locator('#ingest-entities li.new', { hasText: 'Rutte' });
    await rutte.getByRole('checkbox').uncheck();
    const claims = page.locator('#ingest-claims > li');
    await expect.poll(() => page.locator('#ingest-claims > li.rejected').count()).toBe(1);

    // Edit the GUR's claim text.
    const gurClaim = claims.filter({ hasText: 'at least 40 North Korean soldiers were killed' });
    await gurClaim.getByLabel('Paraphrase').fill('The GUR says at least 40 North Korean soldiers were killed.');
    expect(await gurClaim.getByLabel('Date said').inputValue()).toBe('2024-12-16');

    // Its subjects: take Vorozhba off, add the Kursk region by searching the graph for it by name.
    const about = gurClaim.getByRole('group', { name: 'About' });
    await about.getByRole('button', { name: /Remove subject Vorozhba/ }).click();
    await about.getByRole('searchbox', { name: 'Add a subject from the graph' }).fill('Kursk');
    await about
      .getByRole('option', { name: /^Kursk/ })
      .first()
      .click();
    await expect.poll(() => about.locator('.chip').allTextContents()).toContain('Kursk region×');
    expect(await about.locator('.chip').allTextContents()).not.toContain('Vorozhba×');

    await page.getByRole('button', { name: 'Save to the graph' }).click();
    await expect.poll(() => page.locator('#ingest-dialog').getAttribute('open'), { timeout: 30_000 }).toBeNull();
    const articleInGraph = () =>
      page.evaluate(() => window.__explorer!.nodeIds().find((id) => id.startsWith('article:005-')) ?? null);
    await expect.poll(articleInGraph, { timeout: 30_000 }).not.toBeNull();
    await waitForIdleGraph(page);
    const ids = await page.evaluate(() => window.__explorer!.nodeIds());
    saved = await articleInGraph();
    expect(saved).toMatch(/^article:005-/);
    expect(ids).toContain('place:vorozhba');

    const script = readdirSync(path.join(cypherDir, 'data', '10-articles')).find((name) => name.startsWith('005-'));
    const written = readFileSync(path.join(cypherDir, 'data', '10-articles', script ?? ''), 'utf8');
    expect(written).toContain("c.text = 'The GUR says at least 40 North Korean soldiers were killed.'");
    expect(written).not.toContain('mark-rutte');
    expect(written).toMatch(/\(t:Place \{id: 'place:kursk-region'\}\) MERGE \(c\)-\[:ABOUT\]->\(t\)/);
    expect(written).not.toMatch(/\(t:Place \{id: 'place:vorozhba'\}\) MERGE \(c\)-\[:ABOUT\]->\(t\)/);
    expect(errors).toEqual([]);
  });
});
