// The one "load a payload and place it" step that the explorer (a query replacing the view) and the embed page both
// take before the layout settles: the graph is emptied, filled from the API's payload and every node gets its
// deterministic starting place, so the same payload always settles into the same drawing.
import type { GraphPayload } from '../../api/api-contract';
import { placeOnSpiral } from '../layout/place-new-nodes';
import type { ExplorerGraph } from './explorer-graph';
import { mergePayload, type MergeResult } from './merge-payload';

export function loadPayload(graph: ExplorerGraph, payload: GraphPayload): MergeResult {
  graph.clear();
  const result = mergePayload(graph, payload);
  placeOnSpiral(graph, result.addedNodes);
  return result;
}
