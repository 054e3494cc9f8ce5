// Turns the filters state into the node and edge predicates the graph view applies.
import type { EdgePredicate, NodePredicate } from '../../rendering/graph-view';
import { primaryLabel } from '../../rendering/node-style';
import type { FiltersState } from './filters-state';
import { nodeDate } from './node-date';

export function nodePredicate(filters: FiltersState): NodePredicate | null {
  const { hiddenLabels, from, to } = filters;
  if (hiddenLabels.size === 0 && from === null && to === null) return null;
  return (_node, attributes) => {
    if (hiddenLabels.has(primaryLabel(attributes.labels))) return false;
    const date = nodeDate(attributes.labels, attributes.properties);
    if (date === null) return true;
    return (from === null || date >= from) && (to === null || date <= to);
  };
}

export function edgePredicate(filters: FiltersState): EdgePredicate | null {
  if (filters.hiddenTypes.size === 0) return null;
  return (_edge, attributes) => !filters.hiddenTypes.has(attributes.relType);
}
