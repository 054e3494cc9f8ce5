// Expanding a node adds its neighbours around it without moving the nodes already in the view; "more" pages
// through the rest; collapse removes what hangs only on the node; undo reverts the last change.
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from '../setup/browser';
import { nodeCount, openExplorer, positions, waitForDetails, waitForIdleGraph } from './explorer-page';
import { useExplorerSession } from './explorer-session';

describe('expanding and collapsing nodes', () => {
  const session = useExplorerSession();

  it('adds the neighbours of a node and leaves the nodes already drawn where they were', async () => {
    const small = encodeURIComponent(JSON.stringify({ limit: 12 }));
    const { page, errors } = await openExplorer(
      session.browser,
      `${session.server.url}/?query=overview&params=${small}&node=person%3Apat-ryder`,
    );
    await waitForDetails(page);
    const before = await positions(page);
    const ids = Object.keys(before);
    const neighbours = await fetch(`${session.server.url}/api/nodes/person:pat-ryder/neighbors?limit=25`).then((r) =>
      r.json(),
    );
    const expected = new Set([...ids, ...neighbours.nodes.map((n: { id: string }) => n.id)]).size;
    expect(expected).toBeGreaterThan(ids.length);

    await page.getByRole('region', { name: 'Details' }).getByRole('button', { name: 'Expand' }).click();
    await expect.poll(() => nodeCount(page), { timeout: 10_000 }).toBe(expected);
    await waitForIdleGraph(page);
    const after = await positions(page);

    const xs = Object.values(after).map((p) => p.x);
    const ys = Object.values(after).map((p) => p.y);
    const extent = Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    const moved = ids.map((id) => Math.hypot(after[id]!.x - before[id]!.x, after[id]!.y - before[id]!.y));
    expect(Math.max(...moved)).toBeLessThan(extent * 0.01);
    // The new nodes land around the expanded node, not scattered over the drawing.
    const ryder = after['person:pat-ryder']!;
    const added = Object.keys(after).filter((id) => !(id in before));
    const distances = added.map((id) => Math.hypot(after[id]!.x - ryder.x, after[id]!.y - ryder.y));
    expect(Math.max(...distances)).toBeLessThan(extent);
    await saveScreenshot(page, 'expanded');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => nodeCount(page), { timeout: 10_000 }).toBe(ids.length);

    // Double-clicking the node on the canvas expands it too.
    await waitForIdleGraph(page);
    const box = (await page.locator('#graph').boundingBox())!;
    const spot = (await page.evaluate(() => window.__explorer!.viewportPosition('person:pat-ryder')))!;
    await page.mouse.dblclick(box.x + spot.x, box.y + spot.y);
    await expect.poll(() => nodeCount(page), { timeout: 10_000 }).toBe(expected);
    expect(errors).toEqual([]);
  });

  it('pages through a large neighbourhood with "more", collapses it and undoes the collapse', async () => {
    // The node with the most relationships, so that one page of 25 does not hold them all.
    const hub = await fetch(`${session.server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id, COUNT { (n)--() } AS degree ORDER BY degree DESC LIMIT 1',
      }),
    }).then((r) => r.json());
    const hubId: string = hub.rows[0].id;
    const small = encodeURIComponent(JSON.stringify({ limit: 5 }));
    const { page, errors } = await openExplorer(
      session.browser,
      `${session.server.url}/?query=overview&params=${small}&node=${encodeURIComponent(hubId)}`,
    );
    await waitForIdleGraph(page);
    await waitForDetails(page);
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('button', { name: 'Expand' }).click();
    const more = details.getByRole('button', { name: /^More \(\d+\)$/ });
    await more.waitFor({ timeout: 10_000 });
    await waitForIdleGraph(page);
    const afterFirstPage = await nodeCount(page);
    await more.click();
    await expect.poll(() => nodeCount(page), { timeout: 10_000 }).toBeGreaterThan(afterFirstPage);
    await waitForIdleGraph(page);
    const expanded = await nodeCount(page);

    await details.getByRole('button', { name: 'Collapse' }).click();
    await expect.poll(() => nodeCount(page)).toBeLessThan(expanded);
    await page.keyboard.press('Control+z');
    await expect.poll(() => nodeCount(page)).toBe(expanded);
    expect(errors).toEqual([]);
  });
});
