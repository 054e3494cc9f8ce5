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
      this.addNode(value.start);
      for (const segment of value.segments) this.convert(segment);
      return { start: nodeKey(value.start), end: nodeKey(value.end), length: value.length };
    }
    if (isPathSegment(value)) {
      this.addNode(value.start);
      this.addNode(value.end);
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
    const id = nodeKey(node);
    if (!this.nodes.has(id)) {
      this.nodes.set(id, toGraphNode(node));
      this.nodeIdByElementId.set(node.elementId, id);
    }
    return { id, labels: [...node.labels] };
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
    let entry = this.relationships.get(rel.elementId);
    if (!entry) {
      entry = { rel, properties: toJsonProperties(rel.properties as Record<string, unknown>) };
      this.relationships.set(rel.elementId, entry);
    }
    return { type: rel.type, properties: entry.properties };
  }
}
