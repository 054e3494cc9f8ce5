// A saved query with parameters runs from the form generated from its typed parameters; a missing required value
// is reported next to its field; rows that are not graph elements show in a table.
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from '../setup/browser';
import { nodeCount, openExplorer, postJson, waitForIdleGraph } from './explorer-page';
import { useExplorerSession } from './explorer-session';

interface RunResult {
  rows: unknown[];
  graph: { nodes: unknown[] };
}

describe('the saved-queries panel', () => {
  const session = useExplorerSession();

  it('runs "claims by entity" with the id typed into its form and puts the result in the view', async () => {
    const { queries } = await fetch(`${session.server.url}/api/queries`).then((r) => r.json());
    const query = queries.find((q: { id: string }) => q.id === 'claims-by-entity');
    expect(query, 'the server offers the claims-by-entity saved query').toBeDefined();
    const expected = await postJson<RunResult>(`${session.server.url}/api/queries/claims-by-entity/run`, {
      params: { entityId: 'agency:gur' },
    });
    expect(expected.graph.nodes.length).toBeGreaterThan(0);

    const { page, errors } = await openExplorer(session.browser, session.server.url);
    await page.getByRole('tab', { name: 'Queries' }).click();
    await page.getByText(query.title, { exact: true }).click();
    const form = page.getByRole('form', { name: query.title });
    const entity = form.getByLabel(/entityId/);
    expect(await entity.getAttribute('required')).not.toBeNull();
    expect(await form.getByLabel(/limit/).inputValue()).toBe('100');

    await form.getByRole('button', { name: 'Run', exact: true }).click();
    expect(await form.getByRole('alert').first().textContent()).toContain('entityId is required');

    await entity.fill('agency:gur');
    await form.getByRole('button', { name: 'Run', exact: true }).click();
    await expect
      .poll(() => page.evaluate(() => new URL(location.href).searchParams.get('query')), { timeout: 10_000 })
      .toBe('claims-by-entity');
    await waitForIdleGraph(page);
    expect(await nodeCount(page)).toBe(expected.graph.nodes.length);
    const table = page.getByRole('table', { name: 'Query rows' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(expected.rows.length);
    expect(page.url()).toContain(encodeURIComponent('"entityId":"agency:gur"'));
    await saveScreenshot(page, 'saved-query');
    expect(errors).toEqual([]);
  });
});
