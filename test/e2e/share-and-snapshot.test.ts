// A shared link restores the whole view (expanded nodes, hidden labels and relationship types, dates, selection and
// camera); the Share dialog gives that link and embed snippets with a live preview; Export → "HTML snapshot" writes
// one file that opens from disk with the network cut and draws the same graph with its sources.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, countDrawnPixels, saveScreenshot } from '../setup/browser';
import {
  nodeCount,
  openExplorer,
  positions,
  selectedNode,
  waitForCameraInAddress,
  waitForDetails,
  waitForIdleGraph,
} from './explorer-page';
import { useExplorerSession } from './explorer-session';
import { startHostSite } from './host-page';

const BASE = `/?query=claims-about&params=${encodeURIComponent(JSON.stringify({ entityId: 'place:vorozhba' }))}`;

describe('sharing a view', () => {
  const session = useExplorerSession();

  it('restores expanded nodes, filters, dates, the selection and the camera from a shared link', async () => {
    const { page, errors } = await openExplorer(session.browser, `${session.server.url}${BASE}&node=agency%3Agur`);
    await waitForDetails(page);
    const base = await nodeCount(page);
    await page.getByRole('region', { name: 'Details' }).getByRole('button', { name: 'Expand' }).click();
    await expect.poll(() => nodeCount(page), { timeout: 15_000 }).toBeGreaterThan(base);
    await waitForIdleGraph(page);
    await page.getByRole('button', { name: /^Article\b/ }).click();
    await page.getByRole('checkbox', { name: /MENTIONS/ }).uncheck();
    await page.getByRole('textbox', { name: 'From', exact: true }).fill('2024-12-01');
    await page.getByRole('textbox', { name: 'To', exact: true }).fill('2024-12-31');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const camera = await waitForCameraInAddress(page);
    const link = new URL(page.url());
    expect(link.searchParams.get('expand')).toBe('agency:gur');
    expect(link.searchParams.get('hide')).toBe('Article');
    expect(link.searchParams.get('hideRel')).toBe('MENTIONS');
    expect(link.searchParams.get('from')).toBe('2024-12-01');
    expect(link.searchParams.get('to')).toBe('2024-12-31');
    const status = await page.textContent('#status');
    const before = await positions(page);

    // The Share dialog offers the same link, snippets for the same view, and a live preview.
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    const permalink = await dialog.getByRole('textbox', { name: 'Link to this view' }).inputValue();
    expect(new URL(permalink).searchParams.get('expand')).toBe('agency:gur');
    expect(new URL(permalink).searchParams.get('hideRel')).toBe('MENTIONS');
    await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    const iframe = await dialog.getByRole('textbox', { name: 'Iframe snippet' }).inputValue();
    expect(iframe).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\?query=claims-about&amp;params=/);
    expect(iframe).toContain('expand=agency%3Agur');
    expect(iframe).toContain('theme=dark');
    const element = await dialog.getByRole('textbox', { name: '<kg-view> snippet' }).inputValue();
    expect(element).toContain('/embed.js" async></script>');
    expect(element).toContain("<kg-view query='claims-about'");
    expect(element).toContain("expand='agency:gur'");
    const preview = page.frameLocator('.share-preview');
    await preview.locator('#kg-embed[data-state="ready"]').waitFor({ timeout: 30_000 });
    expect(await preview.locator('#kg-embed').getAttribute('data-theme')).toBe('dark');
    expect(Number(await preview.locator('#kg-embed').getAttribute('data-node-count'))).toBe(await nodeCount(page));
    await saveScreenshot(page, 'share-dialog');
    await dialog.getByRole('button', { name: 'Close' }).click();

    const { page: restored } = await openExplorer(session.browser, link.toString());
    await waitForDetails(restored);
    expect(await nodeCount(restored)).toBe(await nodeCount(page));
    expect(await selectedNode(restored)).toBe('agency:gur');
    expect(await restored.textContent('#status')).toBe(status);
    expect(await restored.getByRole('button', { name: /^Article\b/ }).getAttribute('aria-pressed')).toBe('false');
    expect(await restored.getByRole('checkbox', { name: /MENTIONS/ }).isChecked()).toBe(false);
    expect(await restored.getByRole('textbox', { name: 'From', exact: true }).inputValue()).toBe('2024-12-01');
    const after = await positions(restored);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const [id, position] of Object.entries(before)) {
      expect(Math.hypot(after[id]!.x - position.x, after[id]!.y - position.y), id).toBeLessThan(1e-6);
    }
    const restoredCamera = await restored.evaluate(() => window.__explorer!.camera());
    expect(restoredCamera.ratio).toBeCloseTo(camera.ratio, 3);
    expect(errors).toEqual([]);
  });

  it('exports an HTML snapshot that opens from a file with the network cut and draws the view with its sources', async () => {
    const { page, errors } = await openExplorer(session.browser, `${session.server.url}${BASE}&node=agency%3Agur`);
    await waitForDetails(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('combobox', { name: 'Export' }).selectOption('html'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^knowledge-graph-.*\.html$/);
    // Saved under its own name: the browser decides by the .html ending that a file:// address is a page.
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const file = path.join(ARTIFACTS_DIR, 'html-snapshot.html');
    await download.saveAs(file);
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);

    const offline = await session.browser.newContext({ offline: true, viewport: { width: 1000, height: 700 } });
    const requests: string[] = [];
    offline.on('request', (request) => {
      if (!request.url().startsWith('file:') && !request.url().startsWith('data:')) requests.push(request.url());
    });
    const snapshot = await offline.newPage();
    const snapshotErrors: string[] = [];
    snapshot.on('pageerror', (error) => snapshotErrors.push(error.message));
    await snapshot.goto(`file://${file}`);
    await snapshot.waitForSelector('#kg-embed[data-state="ready"]', { timeout: 30_000 });
    expect(Number(await snapshot.getAttribute('#kg-embed', 'data-node-count'))).toBe(await nodeCount(page));
    expect(await countDrawnPixels(snapshot, '.embed-graph')).toBeGreaterThan(500);
    const sources = await snapshot.locator('.embed-source').allTextContents();
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.join(' ')).toMatch(/\(\d{4}-\d{2}-\d{2}\)/);
    await saveScreenshot(snapshot, 'html-snapshot');
    expect(requests).toEqual([]);
    expect(snapshotErrors).toEqual([]);
    await offline.close();
    expect(errors).toEqual([]);
  });

  it('lets a reporter share a claim they opened and paste the snippet into a page of another site', async () => {
    const claim = 'claim:ryder-nk-combat-casualties-2024-12-16';
    const { page, errors } = await openExplorer(
      session.browser,
      `${session.server.url}/?node=${encodeURIComponent(claim)}`,
    );
    await waitForDetails(page);
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    expect(await dialog.getByRole('combobox', { name: 'What to embed' }).inputValue()).toBe('claim');
    await dialog.getByRole('button', { name: 'Copy element' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/copied/);
    const snippet = await dialog.getByRole('textbox', { name: '<kg-view> snippet' }).inputValue();
    expect(snippet).toContain(`<kg-view claim='${claim}'></kg-view>`);

    const host = await startHostSite();
    try {
      host.setPage('/story', `<!doctype html><html><body><h1>Our story</h1>${snippet}</body></html>`);
      const reader = await session.browser.newPage({ viewport: { width: 900, height: 900 } });
      await reader.goto(`${host.url}/story`);
      const frame = await (await reader.locator('kg-view iframe').elementHandle())!.contentFrame();
      await frame!.waitForSelector('#kg-embed[data-state="ready"]', { timeout: 45_000 });
      expect(await frame!.getAttribute('#kg-embed', 'data-kind')).toBe('claim');
      expect(await frame!.locator('.embed-sources').textContent()).toMatch(/Sources: .*\(2024-12-16\)/);
    } finally {
      await host.close();
    }
    expect(errors).toEqual([]);
  });
});
