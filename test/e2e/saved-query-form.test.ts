// A saved query with parameters runs from the form generated from its typed parameters; a missing required value
// is reported next to its field; rows that are not graph elements show in a table.
import { readFileSync } from 'node:fs';
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

  it('runs "claims by entity" with the entity picked by name in its form and puts the result in the view', async () => {
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
    const entity = form.getByRole('searchbox', { name: 'entityId' });
    expect(await entity.getAttribute('required')).not.toBeNull();
    expect(await form.getByLabel(/limit/).inputValue()).toBe('100');

    await form.getByRole('button', { name: 'Run', exact: true }).click();
    expect(await form.getByRole('alert').first().textContent()).toContain('entityId is required');

    // Picked by name, never typed as an id.
    await entity.fill('Main Directorate');
    await form
      .getByRole('listbox', { name: 'entityId suggestions' })
      .getByRole('option', { name: /Main Directorate of Intelligence/ })
      .first()
      .click();
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

  it('runs on the selected node, keeps the view when nothing is found, and Undo on a fresh page does nothing', async () => {
    const { page, errors } = await openExplorer(session.browser, session.server.url);
    const before = await nodeCount(page);
    expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    await page.locator('#graph').click({ position: { x: 5, y: 200 } });
    await page.keyboard.press('Control+z');
    expect(await nodeCount(page)).toBe(before);
    expect(await page.locator('#notice').textContent()).not.toContain('Nothing to undo');

    await page.getByRole('searchbox', { name: 'Search' }).fill('Pat Ryder');
    await page
      .getByRole('listbox', { name: 'Suggestions' })
      .getByRole('option', { name: /Pat Ryder/ })
      .first()
      .click();
    await expect.poll(() => page.evaluate(() => window.__explorer!.selected())).toBe('person:pat-ryder');
    await page.getByRole('tab', { name: 'Queries' }).click();
    await page.getByText('Claims made by a person or agency', { exact: true }).click();
    const form = page.getByRole('form', { name: 'Claims made by a person or agency' });
    // Pre-filled from the selection, by name (when the query opens).
    await expect.poll(() => form.getByRole('searchbox', { name: 'entityId' }).inputValue()).toBe('Pat Ryder');
    await form.getByRole('button', { name: 'Run on selection' }).click();
    await expect
      .poll(() => page.evaluate(() => new URL(location.href).searchParams.get('params')))
      .toContain('person:pat-ryder');
    await waitForIdleGraph(page);
    const ryders = await nodeCount(page);
    expect(ryders).toBeGreaterThan(1);

    // An unknown id answers nothing: the view stays as it was.
    await form.getByRole('searchbox', { name: 'entityId' }).fill('person:nobody-at-all');
    await form.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => page.locator('#notice').textContent()).toMatch(/unchanged|nobody-at-all/);
    expect(await nodeCount(page)).toBe(ryders);
    expect(errors).toEqual([]);
  });

  it('shows readable columns only and exports them as CSV', async () => {
    const { page, errors } = await openExplorer(session.browser, session.server.url);
    await page.getByRole('tab', { name: 'Queries' }).click();
    await page.getByText('Casualty figures side by side', { exact: true }).click();
    await page
      .getByRole('form', { name: 'Casualty figures side by side' })
      .getByRole('button', { name: 'Run', exact: true })
      .click();
    const table = page.getByRole('table', { name: 'Query rows' });
    await table.waitFor();
    const headers = await table.locator('th').allTextContents();
    expect(headers).toContain('claimedBy');
    expect(headers).not.toContain('graph');
    expect((await table.textContent()) ?? '').not.toContain(':REPORTS');
    // Wide enough to read: the table scrolls sideways instead of squeezing a column to a word per line.
    const statement = table.locator('tbody tr').first().locator('td').nth(headers.indexOf('statement'));
    expect((await statement.boundingBox())!.width).toBeGreaterThan(120);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.split('\r\n')[0]).toBe(headers.join(','));
    expect(text).toContain('killed and wounded');
    expect(errors).toEqual([]);
  });
});
