// Exports of the graph in the view: JSON in the contract's payload shape (readable back by anything that reads the
// API), GEXF 1.3 (read back here with graphology-gexf's own parser, namespaces checked) and GraphML (read back with
// graphology-graphml's parser; the e2e tests also parse both in the browser).
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it, vi } from 'vitest';
import { graphPayloadSchema } from '../../../server/src/graph/graph-payload.schema';
import { mergePayload } from '../../../client/src/core/graph/merge-payload';
import { createExplorerGraph } from '../../../client/src/core/graph/explorer-graph';
import { toGexf, toGraphml, toJson } from '../../../client/src/core/export/graph-exports';
import { article, casualtiesClaim, claimPayload, graphOf, payloadNode, ryder } from './graph-payload.fixtures';

vi.hoisted(() => {
  // graphology-gexf's browser entry builds its parser from the DOM's classes as it loads; the writer tested here
  // needs neither, so empty stand-ins let the module load in Node.
  vi.stubGlobal('DOMParser', class {});
  vi.stubGlobal('Document', class {});
});

describe('toJson', () => {
  it('writes the contract’s graph payload, with each node’s position added', () => {
    const graph = graphOf(claimPayload, { [ryder.id]: [1.5, -2] });

    const exported: unknown = JSON.parse(toJson(graph));

    expect(graphPayloadSchema.safeParse(exported).success).toBe(true);
    expect(exported).toMatchObject({
      nodes: expect.arrayContaining([
        {
          id: ryder.id,
          labels: ['Person'],
          caption: 'Pat Ryder',
          properties: ryder.properties,
          x: 1.5,
          y: -2,
        },
      ]),
      edges: expect.arrayContaining([
        {
          id: 'rel:ryder-claimed',
          type: 'CLAIMED',
          source: ryder.id,
          target: casualtiesClaim.id,
          properties: { channel: 'briefing' },
        },
      ]),
    });
  });

  it('leaves out what only the view uses: colours, sizes and edge captions', () => {
    const exported = JSON.parse(toJson(graphOf(claimPayload))) as {
      nodes: Record<string, unknown>[];
      edges: Record<string, unknown>[];
    };

    for (const node of exported.nodes)
      expect(Object.keys(node).sort()).toEqual(['caption', 'id', 'labels', 'properties', 'x', 'y']);
    for (const edge of exported.edges)
      expect(Object.keys(edge).sort()).toEqual(['id', 'properties', 'source', 'target', 'type']);
  });

  it('reads back into the same graph, parallel relationships included', () => {
    const graph = graphOf(claimPayload);

    const copy = createExplorerGraph();
    mergePayload(copy, graphPayloadSchema.parse(JSON.parse(toJson(graph))));

    expect(copy.nodes().sort()).toEqual(graph.nodes().sort());
    expect(copy.edges().sort()).toEqual(graph.edges().sort());
    expect(copy.edges(article.id, casualtiesClaim.id)).toHaveLength(2);
    for (const node of graph.nodes()) expect(copy.getNodeAttributes(node)).toEqual(graph.getNodeAttributes(node));
  });

  it('writes an empty graph as empty lists', () => {
    expect(JSON.parse(toJson(createExplorerGraph()))).toEqual({ nodes: [], edges: [] });
  });
});

describe('toGexf', () => {
  const exportedGraph = () => {
    const graph = graphOf(
      {
        nodes: [
          ...claimPayload.nodes,
          payloadNode('person:zelensky', ['Person'], {
            name: 'Volodymyr Zelensky',
            aliases: ['Zelenskyy', 'Zelenskiy'],
            title: null,
          }),
        ],
        edges: claimPayload.edges,
      },
      { [ryder.id]: [10, 20] },
    );
    return parseGexf(Graph, toGexf(graph));
  };

  it('reads back with every node and every relationship, parallel ones included', () => {
    const copy = exportedGraph();

    expect(copy.order).toBe(6);
    expect(copy.size).toBe(5);
    expect(copy.nodes()).toContain(ryder.id);
    expect(copy.edges(article.id, casualtiesClaim.id)).toHaveLength(2);
  });

  it('keeps the caption, labels, position and properties of each node as flat attributes', () => {
    const copy = exportedGraph();

    expect(copy.getNodeAttributes(ryder.id)).toMatchObject({
      label: 'Pat Ryder',
      labels: 'Person',
      name: 'Pat Ryder',
      title: 'Pentagon press secretary',
      x: 10,
      y: 20,
    });
  });

  it('writes lists as JSON text and leaves out properties without a value', () => {
    const attributes = exportedGraph().getNodeAttributes('person:zelensky');

    expect(JSON.parse(String(attributes.aliases))).toEqual(['Zelenskyy', 'Zelenskiy']);
    expect(attributes).not.toHaveProperty('title');
  });

  it('declares GEXF 1.3 with the 1.3 namespaces, the viz one included', () => {
    const text = toGexf(graphOf(claimPayload));

    expect(text).toMatch(/<gexf[^>]* version="1\.3"/);
    expect(text).toContain('xmlns="http://gexf.net/1.3"');
    expect(text).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    expect(text).toContain('xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"');
    expect(text).not.toContain('http:///');
  });

  it('keeps each relationship’s type and properties', () => {
    const copy = exportedGraph();
    const claimed = copy.findEdge((_edge, attributes) => attributes.type === 'CLAIMED');

    expect(claimed).toBeDefined();
    expect(copy.getEdgeAttributes(claimed)).toMatchObject({ type: 'CLAIMED', channel: 'briefing' });
    expect(copy.source(claimed)).toBe(ryder.id);
    expect(copy.target(claimed)).toBe(casualtiesClaim.id);
  });
});

describe('toGraphml', () => {
  const withCounts = () =>
    graphOf({
      nodes: [
        payloadNode('claim:a', ['Claim'], { text: 'A <said> "this" & that', countMax: 'unknown' }),
        payloadNode('claim:b', ['Claim'], { text: 'B', countMax: 12 }),
        payloadNode('claim:c', ['Claim'], { text: 'C', countMax: 30, verified: true }),
      ],
      edges: [],
    });

  it('reads back with graphology-graphml into the same nodes, edges and escaped texts', () => {
    const graph = graphOf(claimPayload);

    const copy = parseGraphml(Graph, toGraphml(graph));

    expect(copy.nodes().sort()).toEqual(graph.nodes().sort());
    expect(copy.size).toBe(graph.size);
    expect(copy.getNodeAttributes(ryder.id)).toMatchObject({ label: 'Pat Ryder', labels: 'Person' });
    const escaped = parseGraphml(Graph, toGraphml(withCounts())).getNodeAttribute('claim:a', 'text');
    expect(escaped).toBe('A <said> "this" & that');
  });

  it('types each key from all its values: a property that is a number on one node and text on another is text', () => {
    const text = toGraphml(withCounts());

    expect(text).toContain('<key id="node_countMax" for="node" attr.name="countMax" attr.type="string"/>');
    expect(text).toContain('<key id="node_verified" for="node" attr.name="verified" attr.type="boolean"/>');
    expect(text).toContain('<key id="node_x" for="node" attr.name="x" attr.type="double"/>');
  });
});
