// GEXF and GraphML exports produce files graphology's parsers read back, JSON export the contract's payload; the address keeps the query, the selection and the camera, so a
// reloaded link shows the same view; PNG export gives an image.
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from '../setup/browser';
import { nodeCount, openExplorer, selectedNode, waitForCameraInAddress, waitForDetails } from './explorer-page';
import { useExplorerSession } from './explorer-session';

describe('exports and shareable links', () => {
  const session = useExplorerSession();

  it('exports GEXF and GraphML that graphology parses into the same nodes and edges, and the payload as JSON', async () => {
    const { page, errors } = await openExplorer(session.browser, session.server.url);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('combobox', { name: 'Export' }).selectOption('gexf'),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.gexf$/);
    const graph = parse(Graph, readFileSync((await download.path())!, 'utf8'));
    expect(graph.order).toBe(await nodeCount(page));
    expect(graph.size).toBe(Number(await page.getAttribute('#graph', 'data-edge-count')));
    expect(graph.getNodeAttribute('person:pat-ryder', 'label')).toBe('Pat Ryder');

    const [graphmlFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('combobox', { name: 'Export' }).selectOption('graphml'),
    ]);
    expect(graphmlFile.suggestedFilename()).toMatch(/\.graphml$/);
    const fromGraphml = parseGraphml(Graph, readFileSync((await graphmlFile.path())!, 'utf8'));
    expect(fromGraphml.order).toBe(graph.order);
    expect(fromGraphml.size).toBe(graph.size);
    expect(fromGraphml.getNodeAttribute('person:pat-ryder', 'label')).toBe('Pat Ryder');
    expect(fromGraphml.getNodeAttribute('person:pat-ryder', 'labels')).toBe('Person');

    const [jsonFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('combobox', { name: 'Export' }).selectOption('json'),
    ]);
    const payload = JSON.parse(readFileSync((await jsonFile.path())!, 'utf8'));
    expect(payload.nodes).toHaveLength(graph.order);
    expect(payload.edges).toHaveLength(graph.size);
    expect(payload.nodes.find((n: { id: string }) => n.id === 'person:pat-ryder')).toMatchObject({
      labels: ['Person'],
      caption: 'Pat Ryder',
    });

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('combobox', { name: 'Export' }).selectOption('png'),
    ]);
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5_000);
    expect(errors).toEqual([]);
  });

  it('restores the query, the selected node and the camera from a reloaded address', async () => {
    const { page, errors } = await openExplorer(session.browser, session.server.url);
    await page.getByRole('searchbox', { name: 'Search' }).fill('Ryder');
    await page.getByRole('option', { name: /Pat Ryder/ }).click();
    await waitForDetails(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const camera = await waitForCameraInAddress(page);
    expect(page.url()).toContain('node=person%3Apat-ryder');
    const onScreen = await page.evaluate(() => window.__explorer!.viewportPosition('person:pat-ryder'));
    const link = page.url();

    const { page: reloaded } = await openExplorer(session.browser, link);
    await waitForDetails(reloaded);
    expect(await selectedNode(reloaded)).toBe('person:pat-ryder');
    expect(await nodeCount(reloaded)).toBe(await nodeCount(page));
    const restored = await reloaded.evaluate(() => window.__explorer!.camera());
    expect(restored.ratio).toBeCloseTo(camera.ratio, 3);
    const again = await reloaded.evaluate(() => window.__explorer!.viewportPosition('person:pat-ryder'));
    expect(Math.abs(again!.x - onScreen!.x)).toBeLessThan(3);
    expect(Math.abs(again!.y - onScreen!.y)).toBeLessThan(3);
    await saveScreenshot(reloaded, 'restored-from-link');
    expect(errors).toEqual([]);
  });
});
