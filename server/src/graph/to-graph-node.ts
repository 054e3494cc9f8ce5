// Turns one Neo4j node into the contract's graph node: keyed by its stable `id` (element id as a fallback), with a
// caption people can read (name, title or claim text) and JSON properties.
import type { Node } from 'neo4j-driver';
import { captionOf } from './caption';
import type { GraphNode } from './graph-payload.schema';
import { toJsonProperties } from './to-json-value';

export function nodeKey(node: Node): string {
  const id = node.properties.id;
  return typeof id === 'string' && id ? id : node.elementId;
}

export function toGraphNode(node: Node): GraphNode {
  const id = nodeKey(node);
  const properties = toJsonProperties(node.properties as Record<string, unknown>);
  return { id, labels: node.labels, caption: captionOf(properties, id), properties };
}
