// Embeds on a third-party page: a page of another origin frames /embed directly and through two <kg-view> elements;
// all three draw, name their sources, fit their height from the frame's messages, and a click reaches the host page
// as `kg-select`. EMBED_ORIGINS narrows who may frame /embed; the explorer itself is never framable elsewhere.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countDrawnPixelsInPng, saveScreenshot } from '../setup/browser';
import { startHostSite, type HostSite } from './host-page';
import { useExplorerSession } from './explorer-session';

const CLAIM = 'claim:ryder-nk-combat-casualties-2024-12-16';

async function embedFrame(page: Page, selector: string): Promise<Frame> {
  const handle = await page.locator(selector).elementHandle({ timeout: 30_000 });
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`${selector} has no frame.`);
  return frame;
}

async function waitForEmbed(frame: Frame): Promise<void> {
  await frame.waitForSelector('#kg-embed[data-state="ready"]', { timeout: 45_000 });
}

/**
 * Pixels of a frame's graph that differ from its background: something was drawn. The page is screenshotted (element
 * screenshots wait for frames that Chromium does not animate when they belong to another site).
 */
async function drawnPixels(page: Page, frameSelector: string, frame: Frame): Promise<number> {
  const box = (await page.locator(frameSelector).boundingBox())!;
  const rect = await frame.evaluate(() => {
    const { x, y, width, height } = document.querySelector('.embed-graph')!.getBoundingClientRect();
    return { x, y, width, height };
  });
  const png = await page.screenshot({
    clip: { x: box.x + rect.x, y: box.y + rect.y, width: rect.width, height: rect.height },
  });
  return countDrawnPixelsInPng(page, png);
}

/** The height the embed reports: its title, its graph and its footer. */
function naturalHeight(frame: Frame): Promise<number> {
  return frame.evaluate(() => {
    const part = (selector: string) => document.querySelector<HTMLElement>(selector)!.offsetHeight;
    const graph = parseFloat(
      getComputedStyle(document.getElementById('kg-embed')!).getPropertyValue('--embed-graph-height'),
    );
    return Math.ceil(part('.embed-header') + graph + part('.embed-footer'));
  });
}

function refusedFrames(page: Page): string[] {
  const refused: string[] = [];
  page.on('console', (message) => {
    // Chromium's words: "Framing '<url>' violates the following Content Security Policy directive: …".
    if (/Framing '.*' violates .*frame-ancestors/s.test(message.text())) refused.push(message.text());
  });
  return refused;
}

describe('embeds on another site', () => {
  const session = useExplorerSession();
  let host: HostSite;
  beforeAll(async () => {
    host = await startHostSite();
  });
  afterAll(async () => {
    await host?.close();
  });

  it('draws an iframe and two <kg-view> elements that name their sources, fit their height and report clicks', async () => {
    const server = session.server.url;
    host.setPage(
      '/story',
      `<!doctype html><html><head><title>A story</title>
      <style>body { font-family: serif; width: 900px; } iframe#plain { width: 100%; border: 0; }</style></head><body>
      <h1>Who said what about the Kursk battles</h1>
      <iframe id="plain" src="${server}/embed?node=person:pat-ryder" style="height: 150px" title="Pat Ryder"></iframe>
      <kg-view id="claim-view" claim="${CLAIM}" theme="dark"></kg-view>
      <kg-view id="query-view" query="claims-about" params='{"entityId":"place:vorozhba"}' legend="0" height="260"></kg-view>
      <script>
        window.selections = [];
        document.addEventListener('kg-select', (event) => window.selections.push({ target: event.target.id, ...event.detail }));
        // A host without embed.js fits a plain iframe itself, from the same messages.
        window.addEventListener('message', (event) => {
          const frame = document.getElementById('plain');
          if (event.origin === ${JSON.stringify(server)} && event.source === frame.contentWindow && event.data.type === 'resize') {
            frame.style.height = event.data.height + 'px';
          }
        });
      </script>
      <script src="${server}/embed.js" async></script>
      </body></html>`,
    );
    // Tall enough for all three frames: Chromium does not paint frames of another site while they are off screen.
    const page = await session.browser.newPage({ viewport: { width: 1000, height: 1600 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${host.url}/story`);

    const selectors = { plain: '#plain', claim: '#claim-view iframe', query: '#query-view iframe' };
    const frames = {
      plain: await embedFrame(page, selectors.plain),
      claim: await embedFrame(page, selectors.claim),
      query: await embedFrame(page, selectors.query),
    };
    for (const [name, frame] of Object.entries(frames)) {
      await waitForEmbed(frame);
      expect(Number(await frame.getAttribute('#kg-embed', 'data-node-count')), name).toBeGreaterThan(2);
      expect(await drawnPixels(page, selectors[name as keyof typeof selectors], frame), name).toBeGreaterThan(500);
      const sources = await frame.locator('.embed-source').allTextContents();
      expect(sources.length, name).toBeGreaterThan(0);
      expect(sources.join(' '), name).toMatch(/\(\d{4}-\d{2}-\d{2}\)/);
      const open = await frame.getAttribute('.embed-open', 'href');
      expect(open, name).toMatch(new RegExp(`^${server}/\\?query=`));
    }
    expect(await frames.claim.locator('.embed-sources').textContent()).toContain('North Korean soldiers killed');
    expect(await frames.claim.getAttribute('#kg-embed', 'data-theme')).toBe('dark');
    expect(await frames.query.locator('.embed-legend').count()).toBe(0);

    // Each frame's height follows the height its embed reports.
    for (const [selector, frame] of [
      ['#plain', frames.plain],
      ['#claim-view iframe', frames.claim],
      ['#query-view iframe', frames.query],
    ] as const) {
      const expected = await naturalHeight(frame);
      await expect
        .poll(async () => Math.round((await page.locator(selector).boundingBox())!.height), { timeout: 10_000 })
        .toBe(expected);
    }
    expect(await naturalHeight(frames.query)).toBeLessThan(await naturalHeight(frames.claim));

    // A click on the claim's node shows its card in the frame and reaches the host page as kg-select.
    const claimFrame = page.locator('#claim-view iframe');
    const box = (await claimFrame.boundingBox())!;
    const graphTop = await frames.claim.evaluate(
      () => document.querySelector('.embed-graph')!.getBoundingClientRect().top,
    );
    const at = (await frames.claim.evaluate((id) => window.__embed!.viewportPosition(id), CLAIM))!;
    await page.mouse.click(box.x + at.x, box.y + graphTop + at.y);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { selections: unknown[] }).selections))
      .toEqual([{ target: 'claim-view', id: CLAIM, label: 'Claim', caption: expect.any(String) }]);
    const card = frames.claim.locator('.embed-card');
    await expect.poll(() => card.textContent()).toContain('Pat Ryder');
    expect(await card.locator('blockquote').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'embed-third-party-page');

    // Read-only: a double-click zooms (sigma's default) but never expands the node.
    const asked: string[] = [];
    page.on('request', (request) => asked.push(request.url()));
    const ratio = await frames.claim.evaluate(() => window.__embed!.cameraRatio());
    const nodes = await frames.claim.getAttribute('#kg-embed', 'data-node-count');
    await page.mouse.dblclick(box.x + at.x, box.y + graphTop + at.y);
    await expect.poll(() => frames.claim.evaluate(() => window.__embed!.cameraRatio())).toBeLessThan(ratio);
    expect(await frames.claim.getAttribute('#kg-embed', 'data-node-count')).toBe(nodes);
    expect(asked.filter((url) => url.includes('/neighbors'))).toEqual([]);

    // Changing an attribute changes the view.
    await page.evaluate(() => {
      const element = document.getElementById('query-view')!;
      element.removeAttribute('query');
      element.removeAttribute('params');
      element.setAttribute('node', 'agency:gur');
    });
    await expect.poll(() => frames.query.url(), { timeout: 10_000 }).toContain('node=agency%3Agur');
    await waitForEmbed(frames.query);
    expect(await frames.query.getAttribute('#kg-embed', 'data-kind')).toBe('node');
    expect(errors).toEqual([]);
  });

  it('names its oEmbed answer in a discovery link on embed and explorer pages', async () => {
    const server = session.server.url;
    for (const page of [`${server}/embed?node=person:pat-ryder`, `${server}/?query=overview&node=agency:gur`]) {
      const html = await fetch(page).then((response) => response.text());
      const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
      expect(href, page).toBeDefined();
      const answer = await fetch(href!.replace(/&amp;/g, '&'));
      expect(answer.status, page).toBe(200);
      expect(await answer.json()).toMatchObject({ version: '1.0', type: 'rich' });
    }
  });

  it('refuses to let another site frame the explorer itself, while /embed on the same page draws', async () => {
    const server = session.server.url;
    host.setPage(
      '/framing-the-app',
      `<!doctype html><body><iframe id="app" src="${server}/"></iframe>
       <iframe id="embed" src="${server}/embed?claim=${CLAIM}"></iframe></body>`,
    );
    const page = await session.browser.newPage();
    const refused = refusedFrames(page);
    await page.goto(`${host.url}/framing-the-app`);
    await waitForEmbed(await embedFrame(page, '#embed'));
    await expect.poll(() => refused.length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(refused.join('\n')).toContain(`Framing '${server}/'`);
    expect(refused.join('\n')).toContain("frame-ancestors 'self'");
    const app = await embedFrame(page, '#app');
    expect(app.url()).toMatch(/^chrome-error:/);
  });
});

describe('embeds when EMBED_ORIGINS names another site', () => {
  const session = useExplorerSession({ embedOrigins: ['https://news.example'] });
  let host: HostSite;
  beforeAll(async () => {
    host = await startHostSite();
  });
  afterAll(async () => {
    await host?.close();
  });

  it('has the browser refuse the frame on a site that is not listed', async () => {
    host.setPage(
      '/story',
      `<!doctype html><body><iframe id="embed" src="${session.server.url}/embed?node=person:pat-ryder"></iframe></body>`,
    );
    const page = await session.browser.newPage();
    const refused = refusedFrames(page);
    await page.goto(`${host.url}/story`);
    await expect.poll(() => refused.length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(refused.join('\n')).toContain('https://news.example');
    const frame = await embedFrame(page, '#embed');
    expect(frame.url()).toMatch(/^chrome-error:/);
  });
});
