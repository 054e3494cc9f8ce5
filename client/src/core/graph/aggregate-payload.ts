// "Never everything": a query answer bigger than the view's cap is drawn as an aggregate instead — one node per label
// with how many nodes it stands for, and one relationship per label pair and type with its count — so the picture
// stays readable and the person learns what to narrow down. Aggregate nodes have ids under `aggregate:`.
import type { GraphPayload } from '../../api/api-contract';
import { primaryLabel } from '../../rendering/node-style';

/** Above this many nodes a query's graph is shown as an aggregate. */
export const VIEW_NODE_CAP = 5_000;

export const AGGREGATE_PREFIX = 'aggregate:';

export function isAggregateNode(id: string): boolean {
  return id.startsWith(AGGREGATE_PREFIX);
}

type PayloadNode = GraphPayload['nodes'][number];
type PayloadEdge = GraphPayload['edges'][number];

export function aggregatePayload(payload: GraphPayload): GraphPayload {
  const labelOf = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const node of payload.nodes) {
    const label = primaryLabel(node.labels);
    labelOf.set(node.id, label);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const nodes: PayloadNode[] = [...counts].map(([label, count]) => ({
    id: `${AGGREGATE_PREFIX}${label}`,
    labels: [label],
    caption: `${count.toLocaleString('en')} × ${label}`,
    properties: { label, count },
  }));
  const links = new Map<string, { source: string; target: string; type: string; count: number }>();
  for (const edge of payload.edges) {
    const [from, to] = [labelOf.get(edge.source), labelOf.get(edge.target)];
    if (!from || !to) continue;
    const key = `${from}\u0000${edge.type}\u0000${to}`;
    const link = links.get(key) ?? { source: from, target: to, type: edge.type, count: 0 };
    link.count += 1;
    links.set(key, link);
  }
  const edges: PayloadEdge[] = [...links.values()].map(({ source, target, type, count }) => ({
    id: `${AGGREGATE_PREFIX}${source}-${type}-${target}`,
    type,
    source: `${AGGREGATE_PREFIX}${source}`,
    target: `${AGGREGATE_PREFIX}${target}`,
    properties: { count },
  }));
  return { nodes, edges };
}
