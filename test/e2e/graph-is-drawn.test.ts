// The page, served by the real server from the real Neo4j, draws the graph in real Chromium.
import { describe, expect, it } from 'vitest';
import { countDrawnPixels, saveScreenshot } from '../setup/browser';
import { useExplorerSession } from './explorer-session';

describe('the explorer page', () => {
  const session = useExplorerSession();

  it('draws every node of the overview query on its canvas', async () => {
    const overview = await fetch(`${session.server.url}/api/queries/overview/run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    }).then((r) => r.json());
    const expectedNodes = overview.graph.nodes.length;
    expect(expectedNodes).toBeGreaterThan(0);

    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(session.server.url);
    await page.waitForSelector('#graph[data-state="ready"]', { timeout: 30_000 });

    expect(await page.getAttribute('#graph', 'data-node-count')).toBe(String(expectedNodes));
    await expect.poll(() => countDrawnPixels(page, '#graph'), { timeout: 15_000 }).toBeGreaterThan(500);
    expect(await page.textContent('#status')).toBe(
      `${expectedNodes} nodes, ${overview.graph.edges.length} relationships`,
    );
    await saveScreenshot(page, 'graph-overview');
    expect(errors).toEqual([]);
  });
});
