// How node sizes are chosen: all alike, by degree in the view, or by a numeric property (e.g. a claim's countMax).
import type { ExplorerGraph } from '../graph/explorer-graph';

export type NodeSizing = { type: 'uniform' } | { type: 'degree' } | { type: 'property'; key: string };

export const DEFAULT_SIZING: NodeSizing = { type: 'degree' };

const MIN_SIZE = 4;
const MAX_SIZE = 18;

/** Writes each node's `size` from the sizing; nodes without the property get the smallest size. */
export function applyNodeSizing(graph: ExplorerGraph, sizing: NodeSizing): void {
  const value = (node: string): number | null => {
    switch (sizing.type) {
      case 'uniform':
        return null;
      case 'degree':
        return graph.degree(node);
      case 'property': {
        const raw = graph.getNodeAttribute(node, 'properties')[sizing.key];
        return typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
      }
    }
  };
  const values = new Map<string, number>();
  // The maximum is kept in the loop: Math.max(...values) overflows the call stack beyond about 100k nodes.
  let max = 0;
  graph.forEachNode((node) => {
    const v = value(node);
    if (v === null) return;
    const scaled = Math.sqrt(Math.max(0, v));
    values.set(node, scaled);
    if (scaled > max) max = scaled;
  });
  graph.updateEachNodeAttributes(
    (node, attributes) => {
      const v = values.get(node);
      const size =
        sizing.type === 'uniform'
          ? 7
          : v === undefined || max === 0
            ? MIN_SIZE
            : MIN_SIZE + (MAX_SIZE - MIN_SIZE) * (v / max);
      return attributes.size === size ? attributes : { ...attributes, size };
    },
    // No update hints: sigma's partial refresh throws for nodes it has not drawn yet (just added).
  );
}

/** Numeric property keys present on the graph's nodes, for the "size by" menu. */
export function numericPropertyKeys(graph: ExplorerGraph): string[] {
  const keys = new Set<string>();
  graph.forEachNode((_node, { properties }) => {
    for (const [key, value] of Object.entries(properties)) if (typeof value === 'number') keys.add(key);
  });
  return [...keys].sort();
}
