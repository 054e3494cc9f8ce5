// Opens the explorer in a fresh page and waits until the graph is drawn and laid out; collects page errors so
// every test can assert there were none.
import type { Browser, Page } from 'playwright-core';

/** How long to wait for the page to settle: ample, so the tests hold while other work keeps every core busy. */
const SETTLE_MS = 60_000;

export interface ExplorerPage {
  page: Page;
  errors: string[];
}

export async function openExplorer(
  browser: Browser,
  url: string,
  viewport = { width: 1440, height: 900 },
): Promise<ExplorerPage> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await waitForIdleGraph(page);
  return { page, errors };
}

/** Waits for the graph to be ready and for no layout to be moving nodes. */
export async function waitForIdleGraph(page: Page): Promise<void> {
  try {
    await page.waitForSelector('#graph[data-state="ready"][data-layout="idle"]', { timeout: SETTLE_MS });
  } catch (error) {
    const graph = page.locator('#graph');
    const state = `state=${await graph.getAttribute('data-state')} layout=${await graph.getAttribute('data-layout')}`;
    throw new Error(`The graph did not become ready (${state}, status "${await page.textContent('#status')}")`, {
      cause: error,
    });
  }
}

export function positions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => window.__explorer!.positions());
}

export async function postJson<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as T;
}

export async function selectedNode(page: Page): Promise<string | null> {
  return page.evaluate(() => window.__explorer!.selected());
}

/** Waits until the inspector has loaded what it shows about the selection. */
export async function waitForDetails(page: Page): Promise<void> {
  await page.waitForSelector('#inspector[data-state="ready"]', { timeout: SETTLE_MS });
}

export async function nodeCount(page: Page): Promise<number> {
  return Number(await page.getAttribute('#graph', 'data-node-count'));
}

/**
 * Waits until the camera has come to rest and the address holds it (the zoom animates, and the address follows a
 * moment later), then returns it. Comparing the two, rather than sleeping through the animation, holds however slow
 * the machine is.
 */
export async function waitForCameraInAddress(page: Page): Promise<{ x: number; y: number; ratio: number }> {
  const deadline = Date.now() + SETTLE_MS;
  for (;;) {
    const camera = await page.evaluate(() => window.__explorer!.camera());
    const expected = [camera.x, camera.y, camera.ratio].map((n) => Number(n.toFixed(4))).join(',');
    if (new URL(page.url()).searchParams.get('camera') === expected) {
      // Still there a little later: the camera is at rest, not passing through this value mid-animation.
      await page.waitForTimeout(300);
      const after = await page.evaluate(() => window.__explorer!.camera());
      if (after.x === camera.x && after.y === camera.y && after.ratio === camera.ratio) return camera;
    }
    if (Date.now() > deadline) throw new Error(`The address never held the camera (${expected}): ${page.url()}`);
    await page.waitForTimeout(100);
  }
}
