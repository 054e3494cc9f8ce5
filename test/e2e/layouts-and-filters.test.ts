// Layouts start and stop (ForceAtlas2 in a worker, circular at once); the legend hides labels and the filters hide
// relationship types and nodes outside a date range, with the status line saying how many are hidden.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from '../setup/browser';
import { nodeCount, openExplorer, positions, waitForIdleGraph } from './explorer-page';
import { useExplorerSession } from './explorer-session';

function maxMove(a: Record<string, { x: number; y: number }>, b: Record<string, { x: number; y: number }>): number {
  return Math.max(...Object.keys(a).map((id) => Math.hypot(a[id]!.x - b[id]!.x, a[id]!.y - b[id]!.y)));
}

/** The layout state and the toggle's label, read in one go so they belong to the same moment. */
async function layoutAndButton(page: Page): Promise<{ layout: string | undefined; button: string | undefined }> {
  return page.evaluate(() => ({
    layout: document.querySelector<HTMLElement>('#graph')?.dataset.layout,
    button: document.querySelector('#layout-toggle')?.textContent ?? undefined,
  }));
}

/** How far the drawn nodes are from a circle: the spread of their distances to their centre, over the largest. */
async function drawnRoundness(page: Page): Promise<number> {
  const drawn = await page.evaluate(() => {
    const hook = window.__explorer!;
    return hook.nodeIds().flatMap((node) => hook.viewportPosition(node) ?? []);
  });
  const centre = {
    x: drawn.reduce((sum, p) => sum + p.x, 0) / drawn.length,
    y: drawn.reduce((sum, p) => sum + p.y, 0) / drawn.length,
  };
  const radii = drawn.map((p) => Math.hypot(p.x - centre.x, p.y - centre.y));
  return (Math.max(...radii) - Math.min(...radii)) / Math.max(...radii);
}

async function status(page: Page): Promise<string> {
  return (await page.textContent('#status')) ?? '';
}

describe('layouts and filters', () => {
  const session = useExplorerSession();

  it('runs ForceAtlas2 in a worker until stopped, and applies the circular layout at once', async () => {
    const { page, errors } = await openExplorer(session.browser, session.server.url);
    const before = await positions(page);
    const toggle = page.locator('#layout-toggle');
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('forceatlas2');
    await toggle.click();
    // The layout runs in its worker until stopped or until it converges, which on the small seed graph can come
    // before the next look: either way the button says what a click would do.
    const started = await layoutAndButton(page);
    expect([
      { layout: 'running', button: 'Stop layout' },
      { layout: 'idle', button: 'Start layout' },
    ]).toContainEqual(started);
    await expect.poll(async () => maxMove(before, await positions(page)), { timeout: 10_000 }).toBeGreaterThan(0);
    if ((await layoutAndButton(page)).layout === 'running') await toggle.click();
    await waitForIdleGraph(page);
    const stopped = await positions(page);
    await page.waitForTimeout(500);
    expect(maxMove(stopped, await positions(page))).toBe(0);

    await page.getByRole('combobox', { name: 'Layout' }).selectOption('circular');
    expect(await toggle.textContent()).toBe('Apply layout');
    await toggle.click();
    const circle = Object.values(await positions(page));
    const radii = circle.map((p) => Math.hypot(p.x, p.y));
    expect(Math.max(...radii) - Math.min(...radii)).toBeLessThan(Math.max(...radii) * 0.001);
    // The move of every node is drawn too (the view redraws it without its reducers): on screen, a circle as well.
    await expect.poll(() => drawnRoundness(page), { timeout: 10_000 }).toBeLessThan(0.02);
    expect(errors).toEqual([]);
  });

  it('hides a label from the legend, relationship types and dates from the filters, and says how many are hidden', async () => {
    const { page, errors } = await openExplorer(session.browser, session.server.url);
    const total = await nodeCount(page);
    const unfiltered = await status(page);
    const claims = await page.evaluate(() => window.__explorer!.nodeIds().filter((id) => id.startsWith('claim:')));
    expect(claims.length).toBeGreaterThan(0);

    const claimToggle = page.getByRole('button', { name: /^Claim\b/ });
    await claimToggle.click();
    expect(await claimToggle.getAttribute('aria-pressed')).toBe('false');
    expect(await status(page)).toBe(`${unfiltered} (${claims.length} nodes hidden by filters)`);
    await claimToggle.click();
    expect(await status(page)).toBe(unfiltered);

    // Claims dated in December 2024 only: every other dated claim, article or event in the view is hidden.
    const inView = await page.evaluate(() => window.__explorer!.nodeIds());
    const dated = await fetch(`${session.server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `MATCH (n) WHERE n.id IN $ids AND (
                     (n:Claim AND n.date IS NOT NULL AND NOT n.date STARTS WITH '2024-12')
                   OR (n:Article AND NOT n.published STARTS WITH '2024-12')
                   OR (n:Event AND n.startDate IS NOT NULL AND NOT n.startDate STARTS WITH '2024-12'))
                RETURN count(n) AS outside`,
        params: { ids: inView },
      }),
    }).then((r) => r.json());
    await page.getByRole('textbox', { name: 'From', exact: true }).fill('2024-12-01');
    await page.getByRole('textbox', { name: 'To', exact: true }).fill('2024-12-31');
    await expect.poll(() => status(page)).toBe(`${unfiltered} (${dated.rows[0].outside} nodes hidden by filters)`);
    await page.getByRole('checkbox', { name: /MENTIONS/ }).uncheck();
    await saveScreenshot(page, 'filters');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    expect(await status(page)).toBe(unfiltered);
    expect(await nodeCount(page)).toBe(total);
    expect(errors).toEqual([]);
  });

  it('follows a dark system theme', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });
    await page.goto(session.server.url);
    await waitForIdleGraph(page);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(150);
    await saveScreenshot(page, 'overview-dark');
  });
});
