// The four questions of the claims workbench, answered in a real Chromium without typing an id: pick who said it or
// tick "only contested", read the table, open a row and read its provenance in the inspector.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from '../setup/browser';
import { nodeCount, openExplorer, selectedNode, waitForDetails, waitForIdleGraph } from './explorer-page';
import { useExplorerSession } from './explorer-session';

async function openClaims(page: Page) {
  await page.getByRole('tab', { name: 'Claims' }).click();
  const table = page.getByRole('table', { name: 'Claims' });
  await table.locator('tbody tr').first().waitFor();
  return table;
}

/** Types into a picker and takes the suggestion, as a person would. */
async function pick(page: Page, picker: string, typed: string, option: RegExp): Promise<void> {
  await page.getByRole('searchbox', { name: picker }).fill(typed);
  await page
    .getByRole('listbox', { name: `${picker} suggestions` })
    .getByRole('option', { name: option })
    .first()
    .click();
}

/** How many claims the table says match, all pages together. */
async function shownTotal(page: Page): Promise<number> {
  const heading = (await page.locator('#claims-table h2').first().textContent()) ?? '';
  return Number(/of (\d+)/.exec(heading)?.[1] ?? NaN);
}

async function waitForRows(page: Page, heading: RegExp): Promise<void> {
  await page.locator('#claims-table h2').filter({ hasText: heading }).waitFor({ timeout: 15_000 });
  await page.locator('#claims-table h2', { hasText: 'loading' }).waitFor({ state: 'detached' });
}

describe('the claims workbench', () => {
  const session = useExplorerSession();

  it('answers what Zelensky said, in order, through which channels', async () => {
    const { page, errors } = await openExplorer(session.browser, session.server.url);
    const table = await openClaims(page);
    await pick(page, 'Said by', 'Zelensk', /^Volodymyr Zelensky/);
    await waitForRows(page, /of 13$/);
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(13);
    const dates = await rows.locator('td:first-child time').allTextContents();
    expect(dates).toEqual([...dates].sort());
    const saidBy = (await rows.locator('td:nth-child(2)').allTextContents()).join(' ');
    for (const channel of ['(Telegram)', '(video address)', '(X)']) expect(saidBy).toContain(channel);
    expect(errors).toEqual([]);
  });

  it("answers which sources reported GUR's 'at least 30' and which came first: an honest cannot tell", async () => {
    const { page, errors } = await openExplorer(session.browser, session.server.url);
    const table = await openClaims(page);
    await pick(page, 'Said by', 'GUR', /Main Directorate of Intelligence/);
    await waitForRows(page, /of 8$/);
    await table.locator('tbody tr', { hasText: 'at least 30 soldiers' }).click();
    await expect.poll(() => selectedNode(page)).toBe('claim:gur-nk-casualties-30-2024-12-16');
    await waitForDetails(page);
    const details = page.getByRole('region', { name: 'Details' });
    const sources = details.getByRole('list', { name: 'Sources by publication date' }).first().locator(':scope > li');
    expect(await sources.count()).toBe(3);
    expect(await sources.first().textContent()).toContain('ABC News');
    expect(await sources.first().textContent()).toContain('at least 30 soldiers were killed and wounded');
    const summary = (await details.locator('.provenance').first().textContent()) ?? '';
    expect(summary).toContain('3 sources (3 independent)');
    expect(summary).toContain('cannot tell who reported it first');
    expect(await table.locator('tr[aria-selected="true"]').textContent()).toContain('at least 30');
    await saveScreenshot(page, 'claims-workbench-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(page, 'claims-workbench-dark');
    expect(errors).toEqual([]);
  });

  it('answers which claims contradict each other, naming who made the other claim', async () => {
    const { page, errors } = await openExplorer(session.browser, session.server.url);
    const table = await openClaims(page);
    await page.getByRole('checkbox', { name: 'Only contested claims' }).check();
    await waitForRows(page, /of 5$/);
    await table.locator('tbody tr', { hasText: 'several dozen' }).click();
    await waitForDetails(page);
    const related = page.getByRole('region', { name: 'Details' }).locator('.related.contradicts');
    expect(await related.textContent()).toContain('Contradicted by (1)');
    expect(await related.textContent()).toContain('Senior U.S. military official');
    expect(errors).toEqual([]);
  });

  it('answers what the Pentagon said about casualties and who else gave figures, each with sources', async () => {
    const { page, errors } = await openExplorer(session.browser, session.server.url);
    const table = await openClaims(page);
    await pick(page, 'Said by', 'Pat Ryder', /^Pat Ryder/);
    await waitForRows(page, /of \d+$/);
    const ryder = table.locator('tbody tr', { hasText: 'killed and wounded' });
    expect(await ryder.count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('casualties');
    await waitForRows(page, /of 12$/);
    const figures = await table.locator('tbody tr td:nth-child(5)').allTextContents();
    expect(figures.filter((text) => /\d/.test(text)).length).toBeGreaterThanOrEqual(7);
    const sources = await table.locator('tbody tr td:nth-child(7)').allTextContents();
    expect(sources.every((text) => /^[1-9]\d* \(\d+\)$/.test(text.trim()))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('filters the table and the graph together by brushing the timeline, keeps the range in the address and plays it back', async () => {
    const { page, errors } = await openExplorer(session.browser, session.server.url);
    await openClaims(page);
    await waitForRows(page, /of \d+$/);
    const everything = await shownTotal(page);
    const timeline = page.getByRole('figure', { name: 'Timeline' });
    await timeline.locator('.chart-body[data-state="ready"]').waitFor();
    expect(await timeline.getByRole('link').count()).toBeGreaterThan(0);
    expect(await page.textContent('#status')).not.toContain('hidden by filters');

    // Drag across the last third of the dates, where the brush lies under the marks.
    const overlay = timeline.locator('.timeline-brush .overlay');
    const box = (await overlay.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.66, box.y + 3);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, box.y + 3, { steps: 5 });
    await page.mouse.move(box.x + box.width - 2, box.y + 3, { steps: 5 });
    await page.mouse.up();

    await expect.poll(() => new URL(page.url()).searchParams.get('from'), { timeout: 15_000 }).toMatch(/^\d{4}-/);
    const from = new URL(page.url()).searchParams.get('from')!;
    const to = new URL(page.url()).searchParams.get('to')!;
    expect(from <= to).toBe(true);
    await expect.poll(() => shownTotal(page), { timeout: 15_000 }).toBeLessThan(everything);
    await waitForRows(page, /of \d+$/);
    const dates = await page
      .getByRole('table', { name: 'Claims' })
      .locator('tbody td:first-child time')
      .allTextContents();
    expect(dates.every((date) => date >= from && date <= to)).toBe(true);
    await expect.poll(() => page.textContent('#status')).toContain('hidden by filters');
    expect(await timeline.getByRole('status').textContent()).toBe(`${from} – ${to}`);
    expect(await page.getByLabel('Said from').inputValue()).toBe(from);
    await saveScreenshot(page, 'claims-timeline');

    // A reload restores the range: the brush, the table and the graph's filter.
    await page.reload();
    await waitForIdleGraph(page);
    await page.getByRole('tab', { name: 'Claims' }).click();
    await expect.poll(() => shownTotal(page), { timeout: 15_000 }).toBeLessThan(everything);
    await expect.poll(() => page.textContent('#status')).toContain('hidden by filters');
    await expect.poll(() => timeline.locator('.timeline-brush .selection').getAttribute('width')).toMatch(/^[1-9]/);

    // Play-back starts from the first date and grows the range; stopping keeps where it got to.
    await timeline.getByRole('button', { name: /Play dates/ }).click();
    await timeline.getByRole('button', { name: /Stop/ }).waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBe(from);
    await timeline.getByRole('button', { name: /Stop/ }).click();
    await timeline.getByRole('button', { name: /Play dates/ }).waitFor();

    await timeline.getByRole('button', { name: 'All dates' }).click();
    await expect.poll(() => shownTotal(page), { timeout: 15_000 }).toBe(everything);
    await expect.poll(() => page.textContent('#status')).not.toContain('hidden by filters');
    expect(errors).toEqual([]);
  });

  it('opens the claim of a mark in the figures chart: GUR\'s "at least 30" drawn as an open end', async () => {
    const { page, errors } = await openExplorer(session.browser, session.server.url);
    await openClaims(page);
    await page.locator('#claims-charts summary', { hasText: 'Figures' }).click();
    const figures = page.getByRole('figure', { name: 'Figures' });
    await figures.locator('.chart-body[data-state="ready"]').waitFor({ timeout: 15_000 });
    expect(await figures.getByRole('combobox', { name: 'Figures of kind' }).inputValue()).toBe('casualties');
    expect(await figures.getByRole('link').count()).toBeGreaterThanOrEqual(7);
    const gur = figures.getByRole('link', { name: /Main Directorate of Intelligence.*≥ 30/ }).first();
    // An open end is an arrow, not a bar or a dot.
    expect(await gur.locator('path').count()).toBeGreaterThan(0);
    await gur.click();
    await expect.poll(() => selectedNode(page)).toBe('claim:gur-nk-casualties-30-2024-12-16');
    await waitForDetails(page);
    const details = page.getByRole('region', { name: 'Details' });
    expect(
      await details.getByRole('list', { name: 'Sources by publication date' }).first().locator(':scope > li').count(),
    ).toBe(3);
    await figures.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'claims-figures');
    expect(errors).toEqual([]);
  });

  it('draws a contradiction dashed and red in the graph, captioned with its note when its claim is selected', async () => {
    const claim = 'claim:kirby-several-dozen-casualties-2024-12-16';
    const { page, errors } = await openExplorer(
      session.browser,
      `${session.server.url}/?query=contradictions&node=${claim}`,
    );
    await expect.poll(() => selectedNode(page)).toBe(claim);
    // The filters list each agreement type with the line it is drawn with.
    const swatch = page.locator('#filters-panel label', { hasText: 'CONTRADICTS' }).locator('.rel-swatch.dashed');
    expect(await swatch.count()).toBe(1);
    await waitForDetails(page);
    await saveScreenshot(page, 'agreement-edges');
    expect(errors).toEqual([]);
  });

  it('draws the contested claims as a claim map grouped by kind, and Undo brings the view back', async () => {
    const { page, errors } = await openExplorer(session.browser, session.server.url);
    const before = await nodeCount(page);
    await openClaims(page);
    await page.getByRole('checkbox', { name: 'Only contested claims' }).check();
    await waitForRows(page, /of 5$/);
    const map = page.getByRole('form', { name: 'Claim map' });
    await map.getByRole('button', { name: 'Show claim map' }).click();
    await expect
      .poll(() => page.locator('#claims-panel [role="status"]').textContent())
      .toMatch(/Claim map: \d+ claims/);
    await waitForIdleGraph(page);
    const ids = await page.evaluate(() => window.__explorer!.nodeIds());
    expect(ids.some((id) => id.startsWith('group:kind:'))).toBe(true);
    expect(ids).toContain('claim:kirby-several-dozen-casualties-2024-12-16');
    // Only claims and their groups: no people, places or articles.
    expect(ids.every((id) => id.startsWith('claim:') || id.startsWith('group:'))).toBe(true);
    await saveScreenshot(page, 'claim-map');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => nodeCount(page)).toBe(before);
    expect(errors).toEqual([]);
  });

  it('opens a claim from the timeline with the keyboard alone', async () => {
    const { page, errors } = await openExplorer(session.browser, session.server.url);
    await openClaims(page);
    const timeline = page.getByRole('figure', { name: 'Timeline' });
    await timeline.locator('.chart-body[data-state="ready"]').waitFor();
    await timeline.getByRole('button', { name: /Play dates/ }).focus();
    // Tab past the chart's own controls into its marks: each is a link named after its claim.
    let name: string | null = null;
    for (let step = 0; step < 10 && !name; step++) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => {
        const active = document.activeElement;
        return active?.closest('figure[aria-label="Timeline"]') && active.tagName === 'a'
          ? active.getAttribute('aria-label')
          : null;
      });
    }
    expect(name).toMatch(/\d{4}-\d{2}-\d{2}/);
    await page.keyboard.press('Enter');
    await expect.poll(() => selectedNode(page)).toMatch(/^claim:/);
    await waitForDetails(page);
    expect(errors).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`fits a phone (390×844, ${colorScheme}): the Claims tab, its timeline and its table`, async () => {
      const { page, errors } = await openExplorer(session.browser, session.server.url, { width: 390, height: 844 });
      await page.emulateMedia({ colorScheme });
      await page.getByRole('button', { name: 'Show or hide the tools panel' }).click();
      await page.getByRole('tab', { name: 'Claims' }).click();
      await page.getByRole('table', { name: 'Claims' }).locator('tbody tr').first().waitFor();
      await page.getByRole('button', { name: 'Show or hide the tools panel' }).click();
      const timeline = page.getByRole('figure', { name: 'Timeline' });
      await timeline.locator('.chart-body[data-state="ready"]').waitFor();
      // The graph shrinks to the room left above the workbench, instead of running on under it.
      await expect
        .poll(() =>
          page.evaluate(() => {
            const graph = document.querySelector('#graph')!.getBoundingClientRect();
            const canvas = document.querySelector('#graph canvas')!.getBoundingClientRect();
            return Math.abs(canvas.bottom - graph.bottom) <= 1 && graph.bottom <= window.innerHeight * 0.6;
          }),
        )
        .toBe(true);
      // Nothing wider than the screen but the table itself, which scrolls sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `claims-workbench-390x844-${colorScheme}`);
      expect(errors).toEqual([]);
    });
  }

  it('exports what the table shows as CSV with the citations', async () => {
    const { page, errors } = await openExplorer(session.browser, session.server.url);
    await openClaims(page);
    await page.getByRole('checkbox', { name: 'Only contested claims' }).check();
    await waitForRows(page, /of 5$/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV (with sources)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.split('\r\n')[0]).toContain('claimant,claim');
    expect(text).toContain('claim:kirby-several-dozen-casualties-2024-12-16');
    expect(text).toContain('I would say certainly in the realm of dozens, several dozen.');
    expect(errors).toEqual([]);
  });
});
