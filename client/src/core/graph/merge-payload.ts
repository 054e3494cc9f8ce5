// Merges a graph payload from the API into a graphology graph, keeping nodes that are already there in place.
import type Graph from 'graphology';
import type { GraphPayload } from '../../api/api-client';
import { colorForLabels } from '../../rendering/node-style';

export interface NodeAttributes {
  label: string;
  labels: string[];
  properties: Record<string, unknown>;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttributes {
  type: string;
  relType: string;
  properties: Record<string, unknown>;
  label: string;
  size: number;
}

/** Returns the ids of nodes that were added (not present before). */
export function mergePayload(graph: Graph<NodeAttributes, EdgeAttributes>, payload: GraphPayload): string[] {
  const added: string[] = [];
  for (const node of payload.nodes) {
    if (graph.hasNode(node.id)) continue;
    graph.addNode(node.id, {
      label: node.caption,
      labels: node.labels,
      properties: node.properties,
      x: Math.random(),
      y: Math.random(),
      size: 6,
      color: colorForLabels(node.labels),
    });
    added.push(node.id);
  }
  for (const edge of payload.edges) {
    if (graph.hasEdge(edge.id) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      type: 'arrow',
      relType: edge.type,
      properties: edge.properties,
      label: edge.type,
      size: 1.5,
    });
  }
  return added;
}
