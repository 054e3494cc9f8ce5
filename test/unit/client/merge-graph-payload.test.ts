// Merging the API's graph payloads into the explorer's graphology graph: no duplicates, fresh properties, parallel
// edges kept, nodes already drawn left where they are.
import { describe, expect, it } from 'vitest';
import { createExplorerGraph } from '../../../client/src/core/graph/explorer-graph';
import { DEFAULT_NODE_SIZE, mergePayload } from '../../../client/src/core/graph/merge-payload';
import {
  article,
  casualtiesClaim,
  claimPayload,
  kursk,
  payloadEdge,
  payloadNode,
  ryder,
} from './graph-payload.fixtures';

describe('mergePayload', () => {
  it('adds every node and edge of a payload to an empty graph and reports them as added', () => {
    const graph = createExplorerGraph();
    const result = mergePayload(graph, claimPayload);

    expect(result.addedNodes).toEqual(claimPayload.nodes.map((node) => node.id));
    expect(result.addedEdges).toEqual(claimPayload.edges.map((edge) => edge.id));
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(5);
  });

  it('gives new nodes their caption, labels, properties and a default size, and no colour (the view styles by label)', () => {
    const graph = createExplorerGraph();
    mergePayload(graph, claimPayload);

    expect(graph.getNodeAttributes(ryder.id)).toEqual({
      label: 'Pat Ryder',
      labels: ['Person'],
      properties: ryder.properties,
      x: 0,
      y: 0,
      size: DEFAULT_NODE_SIZE,
    });
  });

  it('keys edges by their stable id and keeps their direction, type and properties', () => {
    const graph = createExplorerGraph();
    mergePayload(graph, claimPayload);

    expect(graph.source('rel:ryder-claimed')).toBe(ryder.id);
    expect(graph.target('rel:ryder-claimed')).toBe(casualtiesClaim.id);
    expect(graph.getEdgeAttributes('rel:ryder-claimed')).toMatchObject({
      relType: 'CLAIMED',
      label: 'CLAIMED',
      properties: { channel: 'briefing' },
    });
  });

  it('keeps parallel edges between the same two nodes as separate edges', () => {
    const graph = createExplorerGraph();
    mergePayload(graph, claimPayload);

    const between = graph.edges(article.id, casualtiesClaim.id).sort();
    expect(between).toEqual(['rel:article-mentions-claim', 'rel:article-reports-claim']);
  });

  it('never duplicates a node or an edge when the same payload arrives twice', () => {
    const graph = createExplorerGraph();
    mergePayload(graph, claimPayload);
    const again = mergePayload(graph, claimPayload);

    expect(again).toEqual({ addedNodes: [], addedEdges: [] });
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(5);
  });

  it('updates the caption, labels and properties of a node already in the view but leaves its place and size', () => {
    const graph = createExplorerGraph();
    mergePayload(graph, claimPayload);
    graph.mergeNodeAttributes(ryder.id, { x: 42, y: -7, size: 11 });

    const renamed = payloadNode(ryder.id, ['Person'], { name: 'Patrick S. Ryder', title: 'Major General' });
    mergePayload(graph, { nodes: [renamed], edges: [] });

    expect(graph.getNodeAttributes(ryder.id)).toMatchObject({
      label: 'Patrick S. Ryder',
      properties: { id: ryder.id, name: 'Patrick S. Ryder', title: 'Major General' },
      x: 42,
      y: -7,
      size: 11,
    });
  });

  it('updates the labels of a node whose labels changed since it was drawn, so the view restyles it', () => {
    const graph = createExplorerGraph();
    mergePayload(graph, { nodes: [payloadNode('x:1', ['Place'])], edges: [] });

    mergePayload(graph, { nodes: [payloadNode('x:1', ['Agency'])], edges: [] });

    expect(graph.getNodeAttribute('x:1', 'labels')).toEqual(['Agency']);
  });

  it('updates the properties of a relationship already in the view', () => {
    const graph = createExplorerGraph();
    mergePayload(graph, claimPayload);
    const corrected = payloadEdge('rel:article-reports-claim', 'REPORTS', article.id, casualtiesClaim.id, {
      quote: 'We do assess that they have suffered casualties.',
    });

    const result = mergePayload(graph, { nodes: [], edges: [corrected] });

    expect(result.addedEdges).toEqual([]);
    expect(graph.getEdgeAttribute('rel:article-reports-claim', 'properties')).toEqual({
      quote: 'We do assess that they have suffered casualties.',
    });
  });

  it('reports only the nodes and edges that were new when a payload overlaps the view', () => {
    const graph = createExplorerGraph();
    mergePayload(graph, { nodes: [ryder, casualtiesClaim], edges: [claimPayload.edges[1]!] });

    const result = mergePayload(graph, claimPayload);

    expect(result.addedNodes.sort()).toEqual(
      ['agency:pentagon', 'place:kursk-region', 'article:000-nk-soldiers-killed-kursk'].sort(),
    );
    expect(result.addedEdges).not.toContain('rel:ryder-claimed');
    expect(result.addedEdges).toHaveLength(4);
  });

  it('skips edges whose ends are not in the view rather than inventing nodes for them', () => {
    const graph = createExplorerGraph();
    const result = mergePayload(graph, {
      nodes: [casualtiesClaim],
      edges: [
        payloadEdge('rel:claim-about-kursk', 'ABOUT', casualtiesClaim.id, kursk.id),
        payloadEdge('rel:ryder-claimed', 'CLAIMED', ryder.id, casualtiesClaim.id),
      ],
    });

    expect(result.addedEdges).toEqual([]);
    expect(graph.nodes()).toEqual([casualtiesClaim.id]);
    expect(graph.size).toBe(0);
  });

  it('adds an edge that was skipped once both of its ends have arrived', () => {
    const graph = createExplorerGraph();
    const about = payloadEdge('rel:claim-about-kursk', 'ABOUT', casualtiesClaim.id, kursk.id);
    mergePayload(graph, { nodes: [casualtiesClaim], edges: [about] });

    const result = mergePayload(graph, { nodes: [kursk], edges: [about] });

    expect(result.addedEdges).toEqual(['rel:claim-about-kursk']);
    expect(graph.hasEdge(casualtiesClaim.id, kursk.id)).toBe(true);
  });

  it('keeps a relationship from a node to itself', () => {
    const graph = createExplorerGraph();
    mergePayload(graph, {
      nodes: [casualtiesClaim],
      edges: [payloadEdge('rel:self', 'CORROBORATES', casualtiesClaim.id, casualtiesClaim.id)],
    });

    expect(graph.hasEdge('rel:self')).toBe(true);
    expect(graph.size).toBe(1);
  });
});
