// Collects the nodes, relationships and paths found anywhere in result rows into the contract's graph payload,
// and turns each row into plain JSON. Nodes are keyed by their `id` property (element id as a fallback).
import { isNode, isPath, isPathSegment, isRelationship, type Node, type Relationship } from 'neo4j-driver';
import type { RowNode, RowRelationship, RowValue } from '../cypher/cypher-result.schema';
import type { GraphEdge, GraphNode, GraphPayload } from './graph-payload.schema';
import { nodeKey, toGraphNode } from './to-graph-node';
import { toJsonProperties, toJsonScalar } from './to-json-value';

export class GraphCollector {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly nodeIdByElementId = new Map<string, string>();
  /** Each relationship with its properties as JSON, converted once for the row and the payload alike. */
  private readonly relationships = new Map<string, { rel: Relationship; properties: Record<string, unknown> }>();

  /** Converts one row value to JSON (the row shapes of cypher-result.schema.ts), remembering every graph entity. */
  convert(value: unknown): RowValue {
    if (value === null || value === undefined) return null;
    if (isNode(value)) return this.addNode(value);
    if (isRelationship(value)) return this.addRelationship(value);
    if (isPath(value)) {
      // A path's row value names its ends; its nodes and relationships go to the payload only.
      this.rememberNode(value.start);
      for (const segment of value.segments) {
        this.rememberNode(segment.end);
        this.rememberRelationship(segment.relationship);
      }
      return { start: nodeKey(value.start), end: nodeKey(value.end), length: value.length };
    }
    if (isPathSegment(value)) {
      this.rememberNode(value.start);
      this.rememberNode(value.end);
      return this.addRelationship(value.relationship);
    }
    if (Array.isArray(value)) return value.map((item) => this.convert(item));
    const scalar = toJsonScalar(value);
    // Neo4j values come back as JSON scalars or points; what is left is a map the query built.
    if (scalar !== value || typeof value !== 'object') return scalar as RowValue;
    return Object.fromEntries(Object.entries(value as object).map(([key, item]) => [key, this.convert(item)]));
  }

  /** Element ids of relationship endpoints that did not come back as nodes; the caller may fetch them. */
  missingEndpointElementIds(): string[] {
    const missing = new Set<string>();
    for (const { rel } of this.relationships.values()) {
      if (!this.nodeIdByElementId.has(rel.startNodeElementId)) missing.add(rel.startNodeElementId);
      if (!this.nodeIdByElementId.has(rel.endNodeElementId)) missing.add(rel.endNodeElementId);
    }
    return [...missing];
  }

  addNode(node: Node): RowNode {
    // The driver builds a fresh labels array for each node it decodes, so the row and the payload may share it.
    return { id: this.rememberNode(node), labels: node.labels };
  }

  toPayload(): GraphPayload {
    const edges: GraphEdge[] = [];
    for (const { rel, properties } of this.relationships.values()) {
      const source = this.nodeIdByElementId.get(rel.startNodeElementId);
      const target = this.nodeIdByElementId.get(rel.endNodeElementId);
      // An edge whose endpoint never came back cannot be drawn; the row still carries it.
      if (source && target) {
        edges.push({
          id: rel.elementId,
          type: rel.type,
          source,
          target,
          properties,
        });
      }
    }
    return { nodes: [...this.nodes.values()], edges };
  }

  private addRelationship(rel: Relationship): RowRelationship {
    return { type: rel.type, properties: this.rememberRelationship(rel) };
  }

  /** Keeps the node for the payload (once) and answers its key. */
  private rememberNode(node: Node): string {
    const elementId = node.elementId;
    const known = this.nodeIdByElementId.get(elementId);
    if (known !== undefined) return known;
    const graphNode = toGraphNode(node);
    if (!this.nodes.has(graphNode.id)) this.nodes.set(graphNode.id, graphNode);
    this.nodeIdByElementId.set(elementId, graphNode.id);
    return graphNode.id;
  }

  /** Keeps the relationship for the payload (once) and answers its properties as JSON. */
  private rememberRelationship(rel: Relationship): Record<string, unknown> {
    let entry = this.relationships.get(rel.elementId);
    if (!entry) {
      entry = { rel, properties: toJsonProperties(rel.properties as Record<string, unknown>) };
      this.relationships.set(rel.elementId, entry);
    }
    return entry.properties;
  }
}
