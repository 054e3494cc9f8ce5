// A view past the level-of-detail thresholds (5,000 nodes or 10,000 relationships), built as a person would: one
// Cypher query, then two more added to the view (each answer holds about 2,000 nodes: the rows are capped at 2,000). The graph is the synthetic news graph, loaded beside the seed
// graph for this file alone and deleted after it. The large view is drawn at the lower detail (one-pixel edges, no
// captions while the camera moves) and a small query brings the full detail back.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bulkLoadSyntheticGraph } from '../../tools/loader/synthetic/bulk-load';
import { deleteSyntheticGraph } from '../../tools/loader/synthetic/bulk-load.repository';
import { countDrawnPixels, saveScreenshot } from '../setup/browser';
import { testDriver } from '../setup/test-neo4j';
import { nodeCount, openExplorer, waitForIdleGraph } from './explorer-page';
import { useExplorerSession } from './explorer-session';

const driver = testDriver();
const SYNTHETIC_NODES = 20_000;
const CLAIMS_AND_CLAIMANTS = 'MATCH (who)-[r:CLAIMED]->(c:Claim) RETURN who, r, c LIMIT 2000';
const ADDED = [
  'MATCH (a:Article)-[r:REPORTS]->(c:Claim) RETURN a, r, c SKIP 2000 LIMIT 2000',
  'MATCH (c:Claim)-[r:ABOUT]->(p) RETURN c, r, p SKIP 4000 LIMIT 2000',
];
const SEED_MEMBERS = "MATCH (p:Person)-[r:MEMBER_OF]->(a:Agency) WHERE NOT p.id CONTAINS 'synthetic-' RETURN p, r, a";

beforeAll(async () => {
  await deleteSyntheticGraph(driver);
  await bulkLoadSyntheticGraph(driver, { nodes: SYNTHETIC_NODES });
});
afterAll(async () => {
  await deleteSyntheticGraph(driver);
  await driver.close();
});

async function typeQuery(page: Page, query: string): Promise<void> {
  const editor = page.getByRole('textbox', { name: 'Cypher query' });
  await editor.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(query);
}

/** Clicks a button of the editor and waits until the view has taken the answer in and settled. */
async function submitQuery(page: Page, button: 'Run' | 'Add to view'): Promise<void> {
  const before = await page.textContent('#status');
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.waitForFunction((text) => document.querySelector('#status')?.textContent !== text, before, {
    timeout: 60_000,
  });
  await waitForIdleGraph(page);
}

describe('a large view', () => {
  const session = useExplorerSession();

  it('is drawn at the lower detail once added queries take it past 5,000 nodes, and a small query restores it', async () => {
    const { page, errors } = await openExplorer(session.browser, session.server.url);
    expect(await page.getAttribute('#graph', 'data-detail')).toBe('full');
    await page.getByRole('tab', { name: 'Cypher' }).click();

    await typeQuery(page, CLAIMS_AND_CLAIMANTS);
    await submitQuery(page, 'Run');
    expect(await nodeCount(page)).toBeLessThan(5_000);
    expect(await page.getAttribute('#graph', 'data-detail')).toBe('full');

    for (const query of ADDED) {
      await typeQuery(page, query);
      await submitQuery(page, 'Add to view');
    }
    const nodes = await nodeCount(page);
    expect(nodes).toBeGreaterThanOrEqual(5_000);
    const edges = Number(await page.getAttribute('#graph', 'data-edge-count'));
    expect(await page.textContent('#status')).toBe(`${nodes} nodes, ${edges} relationships`);
    await expect.poll(() => page.getAttribute('#graph', 'data-detail')).toBe('low');
    await expect.poll(() => countDrawnPixels(page, '#graph')).toBeGreaterThan(5_000);
    await saveScreenshot(page, 'large-view');

    // Its HTML snapshot holds the whole view and the sources of its claims and articles (thousands of ids to look up).
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('combobox', { name: 'Export' }).selectOption('html'),
    ]);
    const html = readFileSync((await download.path())!, 'utf8');
    const data = /<script type="application\/json" id="kg-embed-data">(.*?)<\/script>/s.exec(html)?.[1];
    const snapshot = JSON.parse(data ?? '{}') as { graph?: { nodes: unknown[] }; sourcesTotal?: number };
    expect(snapshot.graph?.nodes.length).toBe(nodes);
    expect(snapshot.sourcesTotal).toBeGreaterThan(0);

    await typeQuery(page, SEED_MEMBERS);
    await submitQuery(page, 'Run');
    expect(await nodeCount(page)).toBeLessThan(100);
    await expect.poll(() => page.getAttribute('#graph', 'data-detail')).toBe('full');
    expect(errors).toEqual([]);
  });
});
