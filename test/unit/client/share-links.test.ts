// The Share dialog's link and snippets come from the same view state as the address; an ad-hoc Cypher view has a
// link but no embed; snapshot files cannot be broken by text in the data or the renderer.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../client/src/core/filters/filters-state';
import type { ExplorerGraph } from '../../../client/src/core/graph/explorer-graph';
import { snapshotHtml, snapshotView } from '../../../client/src/core/share/html-snapshot';
import {
  DEFAULT_EMBED_CHOICES,
  embedUrl,
  iframeSnippet,
  kgViewSnippet,
  permalink,
} from '../../../client/src/core/share/share-links';
import type { UrlState } from '../../../client/src/core/url/url-state';

const ORIGIN = 'https://kg.example';
const STATE: UrlState = {
  query: { type: 'saved', id: 'claims-about', params: { entityId: 'place:vorozhba' } },
  selection: 'agency:gur',
  camera: { x: 0.5, y: 0.5, ratio: 0.8 },
  expanded: ['agency:gur'],
  filters: { hiddenLabels: new Set(['Article']), hiddenTypes: new Set(), from: '2024-12-01', to: null },
};

describe('share links', () => {
  it('embed the same query, expansions, filters and selection as the permalink holds, without the camera', () => {
    const link = new URL(permalink(ORIGIN, STATE));
    const embed = new URL(embedUrl(ORIGIN, STATE, DEFAULT_EMBED_CHOICES)!);

    expect(link.searchParams.get('camera')).toBe('0.5,0.5,0.8');
    expect(embed.pathname).toBe('/embed');
    for (const key of ['query', 'params', 'expand', 'hide', 'from']) {
      expect(embed.searchParams.get(key), key).toBe(link.searchParams.get(key));
    }
    expect(embed.searchParams.get('select')).toBe('agency:gur');
    expect(embed.searchParams.has('camera')).toBe(false);
  });

  it('write the size, theme and legend choices into the iframe and the element', () => {
    const choices = { ...DEFAULT_EMBED_CHOICES, width: 500, height: 400, theme: 'dark' as const, legend: false };

    const iframe = iframeSnippet(ORIGIN, STATE, choices, 'Claims "about" Vorozhba')!;
    const element = kgViewSnippet(ORIGIN, STATE, choices)!;

    expect(iframe).toMatch(/^<iframe src="https:\/\/kg\.example\/embed\?query=claims-about&amp;/);
    expect(iframe).toContain('theme=dark&amp;legend=0&amp;height=400');
    expect(iframe).toContain('width="500" height="500"');
    expect(iframe).toContain('title="Claims &quot;about&quot; Vorozhba"');
    expect(element).toContain(`<script src="${ORIGIN}/embed.js" async></script>`);
    expect(element).toContain(`params='{"entityId":"place:vorozhba"}'`);
    expect(element).toContain("theme='dark' legend='0' height='400' style=\"max-width:500px\"></kg-view>");
  });

  it('embed the selected claim alone as its provenance when asked, whatever the view', () => {
    const choices = { ...DEFAULT_EMBED_CHOICES, subject: { type: 'claim' as const, id: 'claim:x' } };
    const cypher: UrlState = { ...STATE, query: { type: 'cypher', query: 'MATCH (n) RETURN n', params: {} } };

    expect(embedUrl(ORIGIN, STATE, choices)).toBe(`${ORIGIN}/embed?claim=claim%3Ax`);
    expect(embedUrl(ORIGIN, cypher, choices)).toBe(`${ORIGIN}/embed?claim=claim%3Ax`);
    expect(kgViewSnippet(ORIGIN, STATE, choices)).toContain("<kg-view claim='claim:x'></kg-view>");
  });

  it('offer no embed for a view of ad-hoc Cypher', () => {
    const cypher: UrlState = { ...STATE, query: { type: 'cypher', query: 'MATCH (n) RETURN n', params: {} } };

    expect(embedUrl(ORIGIN, cypher, DEFAULT_EMBED_CHOICES)).toBeNull();
    expect(iframeSnippet(ORIGIN, cypher, DEFAULT_EMBED_CHOICES, 'x')).toBeNull();
    expect(permalink(ORIGIN, cypher)).toContain('cypher=MATCH');
  });
});

describe('HTML snapshots', () => {
  it('keep positions and escape text that would end the data or the renderer script early', () => {
    const graph: ExplorerGraph = new Graph({ multi: true, type: 'directed', allowSelfLoops: true });
    graph.addNode('claim:x', {
      label: '</script><b>bold</b>',
      labels: ['Claim'],
      properties: {},
      x: 1,
      y: 2,
      size: 5,
      color: '#000',
    });
    const view = snapshotView({
      graph,
      title: 'A <title>',
      theme: 'light',
      filters: NO_FILTERS,
      selected: 'claim:gone',
      sources: [],
      sourcesTotal: 0,
      explorerUrl: `${ORIGIN}/?query=overview`,
    });

    const html = snapshotHtml(view, 'const s = "</script>";', new Date('2025-01-01T00:00:00Z'));

    expect(view.positions).toEqual({ 'claim:x': { x: 1, y: 2 } });
    expect(view.selected).toBeNull();
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain('<title>A &lt;title&gt;</title>');
    expect(html).toContain('const s = "<\\/script>";');
    const data = /<script type="application\/json" id="kg-embed-data">(.*)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(data).graph.nodes[0].caption).toBe('</script><b>bold</b>');
  });
});
