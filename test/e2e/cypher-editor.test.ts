// The Cypher editor runs with Ctrl+Enter; a bad query shows the server's own message right under the editor.
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from '../setup/browser';
import { nodeCount, openExplorer, postJson, waitForIdleGraph } from './explorer-page';
import { useExplorerSession } from './explorer-session';

describe('the Cypher editor', () => {
  const session = useExplorerSession();

  it('shows the server message for a bad query next to the editor, then runs a good one with Ctrl+Enter', async () => {
    const bad = 'MATCH (p:Person RETURN p';
    const serverAnswer = await postJson<{ error: { code: string; message: string } }>(
      `${session.server.url}/api/cypher`,
      {
        query: bad,
      },
    );
    expect(serverAnswer.error.code).toBe('CYPHER_SYNTAX');

    const { page, errors } = await openExplorer(session.browser, session.server.url);
    await page.getByRole('tab', { name: 'Cypher' }).click();
    const editor = page.getByRole('textbox', { name: 'Cypher query' });
    await editor.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(bad);
    await page.keyboard.press('Control+Enter');
    const error = page.locator('#editor-error');
    await expect.poll(() => error.textContent(), { timeout: 10_000 }).toContain(serverAnswer.error.message);
    expect(await error.getAttribute('role')).toBe('alert');
    await saveScreenshot(page, 'editor-error');

    const good = 'MATCH (p:Person)-[r:MEMBER_OF]->(a:Agency) RETURN p, r, a';
    const expected = await postJson<{ graph: { nodes: unknown[] } }>(`${session.server.url}/api/cypher`, {
      query: good,
    });
    await editor.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(good);
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => page.evaluate(() => new URL(location.href).searchParams.get('cypher')), { timeout: 10_000 })
      .toBe(good);
    await waitForIdleGraph(page);
    expect(await nodeCount(page)).toBe(expected.graph.nodes.length);
    expect(await error.textContent()).toBe('');
    await saveScreenshot(page, 'editor');
    expect(errors).toEqual([]);
  });
});
