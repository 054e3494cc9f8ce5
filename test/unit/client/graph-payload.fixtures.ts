// Small graph payloads in the contract's shape (nodes keyed by stable ids), modelled on the seed graph: who claimed
// what, reported by which article, about which place. Shared by the client's core unit tests.
import type { GraphPayload } from '../../../client/src/api/api-contract';
import { createExplorerGraph, type ExplorerGraph } from '../../../client/src/core/graph/explorer-graph';
import { mergePayload } from '../../../client/src/core/graph/merge-payload';

type PayloadNode = GraphPayload['nodes'][number];
type PayloadEdge = GraphPayload['edges'][number];

export function payloadNode(id: string, labels: string[], properties: Record<string, unknown> = {}): PayloadNode {
  const caption = typeof properties.name === 'string' ? properties.name : id;
  return { id, labels, caption, properties: { id, ...properties } };
}

export function payloadEdge(
  id: string,
  type: string,
  source: string,
  target: string,
  properties: Record<string, unknown> = {},
): PayloadEdge {
  return { id, type, source, target, properties };
}

export const ryder = payloadNode('person:pat-ryder', ['Person'], {
  name: 'Pat Ryder',
  title: 'Pentagon press secretary',
});
export const pentagon = payloadNode('agency:pentagon', ['Agency'], { name: 'Pentagon', country: 'US' });
export const kursk = payloadNode('place:kursk-region', ['Place'], { name: 'Kursk region', kind: 'region' });
export const casualtiesClaim = payloadNode('claim:ryder-nk-casualties', ['Claim'], {
  name: 'North Korean soldiers killed and wounded in Kursk',
  date: '2024-12-16',
  kind: 'casualties',
  countMin: 100,
  countMax: 200,
});
export const article = payloadNode('article:000-nk-soldiers-killed-kursk', ['Article'], {
  name: 'North Korean soldiers killed in Kursk',
  published: '2024-12-17T09:30:00Z',
  outlet: 'Example Wire',
});

/** Ryder's claim about Kursk, reported (and also mentioned) by one article: REPORTS and MENTIONS are parallel. */
export const claimPayload: GraphPayload = {
  nodes: [ryder, pentagon, kursk, casualtiesClaim, article],
  edges: [
    payloadEdge('rel:ryder-member-of-pentagon', 'MEMBER_OF', ryder.id, pentagon.id, { role: 'press secretary' }),
    payloadEdge('rel:ryder-claimed', 'CLAIMED', ryder.id, casualtiesClaim.id, { channel: 'briefing' }),
    payloadEdge('rel:claim-about-kursk', 'ABOUT', casualtiesClaim.id, kursk.id),
    payloadEdge('rel:article-reports-claim', 'REPORTS', article.id, casualtiesClaim.id, { quote: 'We do assess…' }),
    payloadEdge('rel:article-mentions-claim', 'MENTIONS', article.id, casualtiesClaim.id),
  ],
};

/** A fresh explorer graph holding the payload, nodes at the given positions (others stay at the origin). */
export function graphOf(payload: GraphPayload, positions: Record<string, [number, number]> = {}): ExplorerGraph {
  const graph = createExplorerGraph();
  mergePayload(graph, payload);
  for (const [node, [x, y]] of Object.entries(positions)) graph.mergeNodeAttributes(node, { x, y });
  return graph;
}

/** A star: a hub with `count` leaves, each linked from the hub. */
export function starPayload(hub: string, count: number, prefix = 'leaf'): GraphPayload {
  const leaves = Array.from({ length: count }, (_, index) => payloadNode(`${prefix}:${index}`, ['Place']));
  return {
    nodes: [payloadNode(hub, ['Agency']), ...leaves],
    edges: leaves.map((leaf) => payloadEdge(`rel:${hub}-${leaf.id}`, 'MENTIONS', hub, leaf.id)),
  };
}
