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

  it('keeps a node met in several paths once, and each path still names its own ends', () => {
    const person = node('e1', 'person:a', ['Person']);
    const claim = (n: number) => node(`c${n}`, `claim:${n}`, ['Claim']);
    const place = node('e9', 'place:kursk', ['Place']);
    const path = (n: number) =>
      new Path(person, place, [
        new PathSegment(person, rel(`r${n}`, 'CLAIMED', 'e1', `c${n}`), claim(n)),
        new PathSegment(claim(n), rel(`a${n}`, 'ABOUT', `c${n}`, 'e9'), place),
      ]);
    const collector = new GraphCollector();

    expect([1, 2].map((n) => collector.convert(path(n)))).toEqual([
      { start: 'person:a', end: 'place:kursk', length: 2 },
      { start: 'person:a', end: 'place:kursk', length: 2 },
    ]);
    const payload = collector.toPayload();
    expect(payload.nodes.map((n) => n.id)).toEqual(['person:a', 'claim:1', 'place:kursk', 'claim:2']);
    expect(payload.edges.map((e) => `${e.source}-${e.type}->${e.target}`)).toEqual([
      'person:a-CLAIMED->claim:1',
      'claim:1-ABOUT->place:kursk',
      'person:a-CLAIMED->claim:2',
      'claim:2-ABOUT->place:kursk',
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

  it('converts integers, lists and a __proto__ that needs converting, keeping the prototype', () => {
    const properties = { a: neo4j.int(7), big: neo4j.int('9007199254740993'), list: [neo4j.int(1), 'b'], s: 'x' };
    Object.defineProperty(properties, '__proto__', {
      value: [neo4j.int(2)],
      enumerable: true,
      writable: true,
      configurable: true,
    });
    const json = toJsonProperties(properties);
    expect(Object.getPrototypeOf(json)).toBe(Object.prototype);
    expect(JSON.stringify(json)).toBe('{"a":7,"big":"9007199254740993","list":[1,"b"],"s":"x","__proto__":[2]}');
  });
});
