import neo4j, { Node, Path, PathSegment, Relationship } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { GraphCollector } from '../../server/src/graph/graph-collector';
import { toJsonProperties } from '../../server/src/graph/to-json-value';

const node = (elementId: string, id: string, labels: string[], properties: Record<string, unknown> = {}) =>
  new Node(neo4j.int(0), labels, { id, ...properties }, elementId);
const rel = (elementId: string, type: string, start: string, end: string, properties: Record<string, unknown> = {}) =>
  new Relationship(neo4j.int(0), neo4j.int(0), neo4j.int(0), type, properties, elementId, start, end);

describe('GraphCollector', () => {
  it('turns a path into its ends and length, and puts its nodes and relationships in the graph once', () => {
    const who = node('e1', 'person:a', ['Person'], { name: 'A' });
    const claim = node('e2', 'claim:x', ['Claim'], { text: 'X', countMin: neo4j.int(30) });
    const claimed = rel('r1', 'CLAIMED', 'e1', 'e2', { channel: 'press', at: neo4j.int(2) });
    const path = new Path(who, claim, [new PathSegment(who, claimed, claim)]);
    const collector = new GraphCollector();

    expect(collector.convert(path)).toEqual({ start: 'person:a', end: 'claim:x', length: 1 });
    expect(collector.convert(claimed)).toEqual({ type: 'CLAIMED', properties: { channel: 'press', at: 2 } });
    const payload = collector.toPayload();
    expect(payload.nodes.map((n) => n.id)).toEqual(['person:a', 'claim:x']);
    expect(payload.nodes[1]!.properties).toEqual({ id: 'claim:x', text: 'X', countMin: 30 });
    expect(payload.edges).toEqual([
      { id: 'r1', type: 'CLAIMED', source: 'person:a', target: 'claim:x', properties: { channel: 'press', at: 2 } },
    ]);
  });

  it('names the endpoints of relationships that came back without their nodes', () => {
    const collector = new GraphCollector();
    collector.convert(rel('r1', 'ABOUT', 'e1', 'e9'));
    collector.addNode(node('e1', 'claim:x', ['Claim']));
    expect(collector.missingEndpointElementIds()).toEqual(['e9']);
    expect(collector.toPayload().edges).toEqual([]);
  });
});

describe('toJsonProperties', () => {
  it('keeps a property called __proto__ as a property, leaving the prototype alone', () => {
    const json = toJsonProperties(JSON.parse('{"__proto__": "x", "a": 1}') as Record<string, unknown>);
    expect(Object.getPrototypeOf(json)).toBe(Object.prototype);
    expect(JSON.stringify(json)).toBe('{"__proto__":"x","a":1}');
  });
});
