// A query written in the editor can be saved to the catalogue with its parameters, then run from its form.
import { describe, expect, it } from 'vitest';
import { nodeCount, openExplorer, waitForIdleGraph } from './explorer-page';
import { useExplorerSession } from './explorer-session';

describe('saving an editor query', () => {
  const session = useExplorerSession();

  it('adds the query to the saved queries with a typed, defaulted parameter, and runs it from there', async () => {
    const title = `People of an agency ${Date.now()}`;
    const { page, errors } = await openExplorer(session.browser, session.server.url);
    await page.getByRole('tab', { name: 'Cypher' }).click();
    await page.getByRole('textbox', { name: 'Cypher query' }).click();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText('MATCH (p:Person)-[r:MEMBER_OF]->(a:Agency {id: $agency}) RETURN p, r, a');
    await page.getByLabel('Parameters (JSON)').fill('{"agency": "agency:pentagon"}');
    await page.getByText('Save as a saved query').click();
    await page.getByLabel('Title').fill(title);
    await page.getByRole('button', { name: 'Save query' }).click();
    await expect
      .poll(() => page.locator('.save-query [role="status"]').textContent(), { timeout: 10_000 })
      .toContain('Saved as');

    await page.getByRole('tab', { name: 'Queries' }).click();
    await page.locator('summary', { hasText: title }).click();
    const form = page.getByRole('form', { name: title });
    // An id parameter is an entity picker, holding the default node.
    const agency = form.getByRole('searchbox', { name: 'agency' });
    await expect.poll(() => agency.getAttribute('data-entity-id')).toBe('agency:pentagon');
    expect(await form.getByText('id', { exact: true }).count()).toBe(1);
    await form.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('query'))).not.toBe('overview');
    await waitForIdleGraph(page);
    expect(await nodeCount(page)).toBe(2);
    expect(await page.evaluate(() => window.__explorer!.nodeIds().sort())).toEqual([
      'agency:pentagon',
      'person:pat-ryder',
    ]);

    page.once('dialog', (dialog) => void dialog.accept());
    await form.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.locator('summary', { hasText: title }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
