// When the database does not answer, the page says so in a banner instead of drawing an empty graph.
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from '../setup/browser';
import { useExplorerSession } from './explorer-session';

describe('an unavailable database', () => {
  // Nothing listens on port 1: the driver cannot connect, so health answers 503.
  const session = useExplorerSession({ neo4j: { uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'not-used' } });

  it('shows a banner that says the database is unavailable, with a way to check again', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(session.server.url);
    await page.waitForSelector('#graph[data-state="unavailable"]', { timeout: 30_000 });
    const banner = page.locator('#db-banner');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.getAttribute('role')).toBe('alert');
    expect(await banner.textContent()).toContain('The database is unavailable');
    expect(await banner.getByRole('button', { name: 'Check again' }).count()).toBe(1);
    await saveScreenshot(page, 'database-unavailable');
  });
});
