// Searching for a person selects them, and the inspector shows their agency and their claims with quotes; a claim
// shows who made it, its sources with verbatim quotes, and related claims.
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from '../setup/browser';
import { openExplorer, waitForIdleGraph } from './explorer-page';
import { useExplorerSession } from './explorer-session';

describe('search and the inspector', () => {
  const session = useExplorerSession();

  it('finds Pat Ryder by typing, selects him, and shows his agency and his claims with quotes', async () => {
    const { page, errors } = await openExplorer(session.browser, session.server.url);
    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.click();
    await search.pressSequentially('Ryder', { delay: 30 });
    const option = page.getByRole('option', { name: /Pat Ryder/ });
    await option.waitFor();
    await saveScreenshot(page, 'search-suggestions');
    await option.click();

    await expect
      .poll(() => page.evaluate(() => window.__explorer!.selected()), { timeout: 10_000 })
      .toBe('person:pat-ryder');
    const details = page.getByRole('region', { name: 'Details' });
    await expect.poll(() => details.getAttribute('data-state'), { timeout: 10_000 }).toBe('ready');
    expect(await details.getByRole('heading', { level: 2 }).textContent()).toBe('Pat Ryder');
    const agency = details.locator('section', { has: page.getByRole('heading', { name: 'Agency' }) });
    expect(await agency.getByRole('link', { name: 'Pentagon' }).count()).toBe(1);

    const { claims } = await fetch(`${session.server.url}/api/claims?by=person:pat-ryder`).then((r) => r.json());
    expect(claims.length).toBeGreaterThan(0);
    expect(await details.locator('.claim-card').count()).toBe(claims.length);
    const quoted = claims.flatMap((c: { sources: { quote: string | null }[] }) => c.sources.filter((s) => s.quote));
    expect(quoted.length).toBeGreaterThan(0);
    expect(await details.locator('blockquote').count()).toBe(quoted.length);
    expect(await details.locator('blockquote').first().textContent()).toContain(quoted[0].quote);
    await saveScreenshot(page, 'inspector-person');
    expect(errors).toEqual([]);
  });

  it('opens a claim from the inspector, adding it to the view, with its claimant, sources and related claims', async () => {
    const { page, errors } = await openExplorer(
      session.browser,
      `${session.server.url}/?query=overview&params=${encodeURIComponent('{"limit":10}')}`,
    );
    const before = Number(await page.getAttribute('#graph', 'data-node-count'));
    const { claims } = await fetch(`${session.server.url}/api/claims?by=person:pat-ryder`).then((r) => r.json());
    const withRelations = claims.find((c: { corroborates: unknown[] }) => c.corroborates.length > 0) ?? claims[0];

    await page.getByRole('searchbox', { name: 'Search' }).fill('Ryder');
    await page.getByRole('option', { name: /Pat Ryder/ }).click();
    const details = page.getByRole('region', { name: 'Details' });
    await expect.poll(() => details.getAttribute('data-state'), { timeout: 10_000 }).toBe('ready');
    await details.getByRole('link', { name: withRelations.text }).click();

    await expect
      .poll(() => page.evaluate(() => window.__explorer!.selected()), { timeout: 10_000 })
      .toBe(withRelations.id);
    await expect.poll(() => details.getAttribute('data-state'), { timeout: 10_000 }).toBe('ready');
    await waitForIdleGraph(page);
    expect(Number(await page.getAttribute('#graph', 'data-node-count'))).toBeGreaterThan(before);
    const card = details.locator(`.claim-card[data-claim-id="${withRelations.id}"]`);
    expect(await card.getByRole('link', { name: 'Pat Ryder' }).count()).toBe(1);
    expect(await card.locator('.sources > li').count()).toBe(withRelations.sources.length);
    for (const related of withRelations.corroborates) {
      expect(await card.locator('.related.corroborates').getByRole('link', { name: related.text }).count()).toBe(1);
    }
    await saveScreenshot(page, 'inspector-claim');
    expect(errors).toEqual([]);
  });

  it('clears the selection with Esc and focuses the search box with /', async () => {
    const { page } = await openExplorer(session.browser, `${session.server.url}/?node=person%3Apat-ryder`);
    await expect
      .poll(() => page.evaluate(() => window.__explorer!.selected()), { timeout: 10_000 })
      .toBe('person:pat-ryder');
    await page.locator('#graph').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => window.__explorer!.selected())).toBeNull();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search');
  });
});
