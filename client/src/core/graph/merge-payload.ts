// Merges a graph payload from the API into the explorer graph. Nodes already there keep their place; new ones get
// a position from the caller (around the node they were expanded from, or on a fresh circle).
import type { GraphPayload } from '../../api/api-contract';
import type { ExplorerGraph } from './explorer-graph';

export interface MergeResult {
  addedNodes: string[];
  addedEdges: string[];
}

export const DEFAULT_NODE_SIZE = 6;

export function mergePayload(graph: ExplorerGraph, payload: GraphPayload): MergeResult {
  const addedNodes: string[] = [];
  const addedEdges: string[] = [];
  for (const node of payload.nodes) {
    if (graph.hasNode(node.id)) {
      graph.mergeNodeAttributes(node.id, {
        properties: node.properties,
        labels: node.labels,
        label: node.caption,
      });
      continue;
    }
    graph.addNode(node.id, {
      label: node.caption,
      labels: node.labels,
      properties: node.properties,
      x: 0,
      y: 0,
      size: DEFAULT_NODE_SIZE,
    });
    addedNodes.push(node.id);
  }
  for (const edge of payload.edges) {
    if (graph.hasEdge(edge.id)) {
      // A newer answer carries the relationship's current properties (e.g. a quote corrected since the last load).
      graph.mergeEdgeAttributes(edge.id, { properties: edge.properties });
      continue;
    }
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      relType: edge.type,
      properties: edge.properties,
      label: edge.type,
      size: 1.5,
    });
    addedEdges.push(edge.id);
  }
  return { addedNodes, addedEdges };
}
