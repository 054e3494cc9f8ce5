// The question a newcomer should answer in under a minute: "what did the Pentagon say about North Korean casualties,
// and who else gave figures?" — by searching for the Pentagon and running one saved query, without typing Cypher.
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from '../setup/browser';
import { openExplorer, postJson, waitForIdleGraph } from './explorer-page';
import { useExplorerSession } from './explorer-session';

interface ClaimSummary {
  id: string;
  text: string;
}

describe('the Pentagon question', () => {
  const session = useExplorerSession();

  it('is answered by searching for the Pentagon and running "Casualty figures side by side"', async () => {
    const { claims } = await fetch(`${session.server.url}/api/claims?by=person:pat-ryder`).then((r) => r.json());
    const pentagonCasualties = (claims as ClaimSummary[]).filter((claim) => /casualt/i.test(claim.text));
    expect(pentagonCasualties.length, 'the seed graph has a casualty claim by the Pentagon spokesman').toBeGreaterThan(
      0,
    );

    const { page, errors } = await openExplorer(session.browser, session.server.url);
    await page.getByRole('searchbox', { name: 'Search' }).fill('Pentagon');
    await page
      .getByRole('option', { name: /^Pentagon/ })
      .first()
      .click();
    const details = page.getByRole('region', { name: 'Details' });
    await expect.poll(() => details.getAttribute('data-state'), { timeout: 10_000 }).toBe('ready');
    expect(await details.getByRole('heading', { level: 2 }).textContent()).toBe('Pentagon');
    expect(await details.getByRole('link', { name: 'Pat Ryder' }).count()).toBeGreaterThan(0);
    for (const claim of pentagonCasualties) expect(await details.textContent()).toContain(claim.text);
    await saveScreenshot(page, 'pentagon-inspector');

    const expected = await postJson<{ rows: { claimedBy: string[] }[] }>(
      `${session.server.url}/api/queries/casualty-figures/run`,
      {},
    );
    const claimants = new Set(expected.rows.flatMap((row) => row.claimedBy));
    expect(claimants.size, 'several sources gave casualty figures').toBeGreaterThanOrEqual(4);

    await page.getByRole('tab', { name: 'Queries' }).click();
    await page.getByText('Casualty figures side by side', { exact: true }).click();
    const form = page.getByRole('form', { name: 'Casualty figures side by side' });
    await form.getByRole('button', { name: 'Run', exact: true }).click();
    await waitForIdleGraph(page);
    const table = page.getByRole('table', { name: 'Query rows' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(expected.rows.length);
    const tableText = (await table.textContent()) ?? '';
    for (const claimant of claimants) expect(tableText).toContain(claimant);
    await saveScreenshot(page, 'casualty-figures');
    expect(errors).toEqual([]);
  });
});
