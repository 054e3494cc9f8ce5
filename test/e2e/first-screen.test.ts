// A newcomer's first screen, at a laptop's and a phone's size in light and dark: a bounded picture of who said what,
// whose captions never overlap, never leave the graph and never run under its toolbar, the most connected nodes
// captioned. The screenshots are kept in test-artifacts/ (the README shows them).
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from '../setup/browser';
import { useExplorerSession } from './explorer-session';
import { waitForIdleGraph } from './explorer-page';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const SCREENS = [
  { width: 1400, height: 900, colorScheme: 'light' as const },
  { width: 1400, height: 900, colorScheme: 'dark' as const },
  { width: 390, height: 844, colorScheme: 'light' as const },
  { width: 390, height: 844, colorScheme: 'dark' as const },
];

describe('the first screen', () => {
  const session = useExplorerSession();

  it.each(SCREENS)('reads at $width×$height in $colorScheme', async ({ width, height, colorScheme }) => {
    const page = await session.browser.newPage({ viewport: { width, height }, colorScheme });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(session.server.url);
      await waitForIdleGraph(page);
      const nodes = Number(await page.getAttribute('#graph', 'data-node-count'));
      expect(nodes).toBeGreaterThan(10);
      expect(nodes).toBeLessThanOrEqual(150);
      // Captions are placed at each frame: wait for one after the layout settled.
      await expect.poll(() => page.evaluate(() => window.__explorer!.captions().length)).toBeGreaterThan(0);
      await saveScreenshot(page, `first-screen-${width}x${height}-${colorScheme}`);
      // A phone has room for fewer captions than a laptop, but still names the main actors.
      expect((await page.evaluate(() => window.__explorer!.captions())).length).toBeGreaterThanOrEqual(
        width < 600 ? 4 : 8,
      );
      const captions = await page.evaluate(() => window.__explorer!.captions());
      const graph = (await page.locator('#graph').boundingBox())!;
      const toolbar = (await page.locator('#graph-toolbar').boundingBox())!;
      const toolbarInGraph = { ...toolbar, x: toolbar.x - graph.x, y: toolbar.y - graph.y };
      for (const [index, caption] of captions.entries()) {
        expect(caption.x).toBeGreaterThanOrEqual(0);
        expect(caption.x + caption.width).toBeLessThanOrEqual(graph.width);
        expect(overlaps(caption, toolbarInGraph), `${caption.node} runs under the toolbar`).toBe(false);
        for (const other of captions.slice(index + 1)) {
          expect(overlaps(caption, other), `${caption.node} overlaps ${other.node}`).toBe(false);
        }
      }
      if (width < 600) {
        // The details button keeps its name and shows a drawn icon (a font glyph showed as a box on some systems).
        const details = page.getByRole('button', { name: 'Show or hide details' });
        await expect.poll(() => details.isVisible()).toBe(true);
        const icon = (await details.locator('svg').boundingBox())!;
        expect(Math.min(icon.width, icon.height)).toBeGreaterThanOrEqual(12);
      }
      // The most connected node of the picture has its caption.
      const hub = await page.evaluate(() => {
        const ids = window.__explorer!.nodeIds();
        return window.__explorer!.hubs(1)[0] ?? ids[0];
      });
      expect(captions.map((caption) => caption.node)).toContain(hub);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
