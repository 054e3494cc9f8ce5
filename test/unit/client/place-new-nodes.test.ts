// Where nodes that just arrived are put before the settling pass: around the node that was expanded, near the
// nodes they link to, or on a spiral for a fresh graph, and never by moving a node already drawn.
import { describe, expect, it } from 'vitest';
import type { GraphPayload } from '../../../client/src/api/api-contract';
import type { ExplorerGraph } from '../../../client/src/core/graph/explorer-graph';
import { mergePayload } from '../../../client/src/core/graph/merge-payload';
import { placeAround, placeNearNeighbours, placeOnSpiral } from '../../../client/src/core/layout/place-new-nodes';
import { graphOf, payloadEdge, payloadNode, starPayload } from './graph-payload.fixtures';

/**
 * An anchor at (300, 0) with three neighbours 50 away, to the east, west and north (+y): the free side is -y.
 * Deliberately away from the origin, where mergePayload leaves new nodes until they are placed.
 */
function anchoredGraph(): ExplorerGraph {
  const payload: GraphPayload = {
    nodes: ['hub', 'east', 'west', 'north'].map((id) => payloadNode(id, ['Agency'])),
    edges: ['east', 'west', 'north'].map((id) => payloadEdge(`hub-${id}`, 'PART_OF', id, 'hub')),
  };
  return graphOf(payload, { hub: [300, 0], east: [350, 0], west: [250, 0], north: [300, 50] });
}

function positions(graph: ExplorerGraph, nodes: readonly string[]): Record<string, [number, number]> {
  return Object.fromEntries(
    nodes.map((node) => [node, [graph.getNodeAttribute(node, 'x'), graph.getNodeAttribute(node, 'y')]]),
  );
}

function expandHub(graph: ExplorerGraph, count: number): string[] {
  const { addedNodes } = mergePayload(graph, {
    nodes: Array.from({ length: count }, (_, index) => payloadNode(`new:${index}`, ['Place'])),
    edges: Array.from({ length: count }, (_, index) =>
      payloadEdge(`hub-new-${index}`, 'MENTIONS', 'hub', `new:${index}`),
    ),
  });
  return addedNodes;
}

describe('placeAround', () => {
  it('leaves every node already in the view where it was', () => {
    const graph = anchoredGraph();
    const existing = graph.nodes();
    const before = positions(graph, existing);

    placeAround(graph, 'hub', expandHub(graph, 9));

    expect(positions(graph, existing)).toEqual(before);
  });

  it('puts new neighbours on a ring about one typical edge length out, scaled by how many arrive', () => {
    const graph = anchoredGraph();
    const added = expandHub(graph, 9);

    placeAround(graph, 'hub', added);

    // The three existing edges are 50 long; nine new nodes widen the ring by sqrt(9)/4; rings alternate up to +30%.
    const radius = 50 * (1 + 3 / 4);
    for (const node of added) {
      const distance = Math.hypot(graph.getNodeAttribute(node, 'x') - 300, graph.getNodeAttribute(node, 'y'));
      expect(distance).toBeGreaterThanOrEqual(radius - 1e-9);
      expect(distance).toBeLessThanOrEqual(radius * 1.3 + 1e-9);
    }
  });

  it('puts new neighbours on the side of the anchor away from the rest of the graph', () => {
    const graph = anchoredGraph();
    const added = expandHub(graph, 9);

    placeAround(graph, 'hub', added);

    const meanX = added.reduce((sum, node) => sum + graph.getNodeAttribute(node, 'x'), 0) / added.length;
    const meanY = added.reduce((sum, node) => sum + graph.getNodeAttribute(node, 'y'), 0) / added.length;
    const direction = Math.atan2(meanY, meanX - 300);
    expect(Math.abs(direction - -Math.PI / 2)).toBeLessThan(Math.PI / 8);
  });

  it('gives each new neighbour its own place', () => {
    const graph = anchoredGraph();
    const added = expandHub(graph, 25);

    placeAround(graph, 'hub', added);

    const places = new Set(
      added.map((node) => `${graph.getNodeAttribute(node, 'x')},${graph.getNodeAttribute(node, 'y')}`),
    );
    expect(places.size).toBe(25);
  });

  it('places the same nodes in the same places every time', () => {
    const first = anchoredGraph();
    const second = anchoredGraph();
    const added = expandHub(first, 7);
    expandHub(second, 7);

    placeAround(first, 'hub', added);
    placeAround(second, 'hub', added);

    expect(positions(first, added)).toEqual(positions(second, added));
  });

  it('keeps new neighbours clear of an anchor that has no placed relationships', () => {
    const graph = graphOf(starPayload('hub', 4), { hub: [0, 0] });
    const leaves = graph.neighbors('hub');

    placeAround(graph, 'hub', leaves);

    for (const node of leaves) {
      const distance = Math.hypot(graph.getNodeAttribute(node, 'x'), graph.getNodeAttribute(node, 'y'));
      expect(distance).toBeGreaterThanOrEqual(10 * (1 + 2 / 4) - 1e-9);
    }
  });

  it('does nothing when the anchor is not in the view or nothing arrived', () => {
    const graph = anchoredGraph();
    const before = positions(graph, graph.nodes());

    placeAround(graph, 'absent', ['east']);
    placeAround(graph, 'hub', []);

    expect(positions(graph, graph.nodes())).toEqual(before);
  });
});

describe('placeNearNeighbours', () => {
  it('puts a node next to the centre of its neighbours in the view, half an edge length off', () => {
    const graph = graphOf(
      {
        nodes: ['a', 'b'].map((id) => payloadNode(id, ['Person'])),
        edges: [payloadEdge('a-b', 'MEMBER_OF', 'a', 'b')],
      },
      { a: [100, 100], b: [140, 100] },
    );
    mergePayload(graph, {
      nodes: [payloadNode('new', ['Claim'])],
      edges: [payloadEdge('a-new', 'CLAIMED', 'a', 'new'), payloadEdge('b-new', 'CLAIMED', 'b', 'new')],
    });

    placeNearNeighbours(graph, 'new');

    // Centre (120, 100); the only placed edge is 40 long, so the offset is 20 on each axis.
    expect(graph.getNodeAttributes('new')).toMatchObject({ x: 140, y: 120 });
    expect(positions(graph, ['a', 'b'])).toEqual({ a: [100, 100], b: [140, 100] });
  });

  it('does not take nodes of the same batch still waiting at the origin as landmarks', () => {
    const graph = graphOf(
      {
        nodes: ['a', 'b'].map((id) => payloadNode(id, ['Person'])),
        edges: [payloadEdge('a-b', 'MEMBER_OF', 'a', 'b')],
      },
      { a: [100, 100], b: [140, 100] },
    );
    mergePayload(graph, {
      nodes: [payloadNode('new', ['Claim']), payloadNode('waiting', ['Place'])],
      edges: [payloadEdge('a-new', 'CLAIMED', 'a', 'new'), payloadEdge('new-waiting', 'ABOUT', 'new', 'waiting')],
    });

    placeNearNeighbours(graph, 'new', new Set(['waiting']));

    // Only a counts: (100, 100) plus half of the one placed edge (40) on each axis, not pulled towards the origin.
    expect(graph.getNodeAttributes('new')).toMatchObject({ x: 120, y: 120 });
  });

  it('puts a node without neighbours in the view just beyond the right edge of the drawing', () => {
    const graph = graphOf(
      {
        nodes: ['a', 'b', 'c'].map((id) => payloadNode(id, ['Place'])),
        edges: [payloadEdge('a-b', 'LOCATED_IN', 'a', 'b')],
      },
      { a: [0, 0], b: [30, 40], c: [-10, 20] },
    );
    mergePayload(graph, { nodes: [payloadNode('loner', ['Place'])], edges: [] });

    placeNearNeighbours(graph, 'loner');

    // Rightmost x is 30, the typical edge length is 50, the mean y of the others is 20.
    expect(graph.getNodeAttributes('loner')).toMatchObject({ x: 80, y: 20 });
  });

  it('ignores the node’s relationship to itself when looking for neighbours', () => {
    const graph = graphOf({ nodes: [payloadNode('a', ['Place'])], edges: [] }, { a: [5, 5] });
    mergePayload(graph, {
      nodes: [payloadNode('loop', ['Claim'])],
      edges: [payloadEdge('loop-loop', 'CORROBORATES', 'loop', 'loop')],
    });

    placeNearNeighbours(graph, 'loop');

    expect(graph.getNodeAttributes('loop')).toMatchObject({ x: 25, y: 5 });
  });

  it('places a node beside a drawing of more than a hundred thousand nodes', () => {
    const graph = graphOf(starPayload('hub', 150_000));
    placeOnSpiral(graph, graph.nodes());
    const right = graph.reduceNodes((max, _node, { x }) => Math.max(max, x), -Infinity);
    mergePayload(graph, { nodes: [payloadNode('loner', ['Place'])], edges: [] });

    placeNearNeighbours(graph, 'loner');

    expect(graph.getNodeAttribute('loner', 'x')).toBeGreaterThan(right);
  });

  it('leaves the only node of the view where it is', () => {
    const graph = graphOf({ nodes: [payloadNode('only', ['Place'])], edges: [] }, { only: [3, 4] });

    placeNearNeighbours(graph, 'only');

    expect(graph.getNodeAttributes('only')).toMatchObject({ x: 3, y: 4 });
  });
});

describe('placeOnSpiral', () => {
  it('puts nodes on a sunflower spiral in the order given, each farther out than the one before', () => {
    const graph = graphOf(starPayload('hub', 30));
    const nodes = graph.nodes();

    placeOnSpiral(graph, nodes);

    const radii = nodes.map((node) => Math.hypot(graph.getNodeAttribute(node, 'x'), graph.getNodeAttribute(node, 'y')));
    radii.forEach((radius, index) => expect(radius).toBeCloseTo(10 * Math.sqrt(index + 0.5), 9));
    const places = new Set(
      nodes.map((node) => `${graph.getNodeAttribute(node, 'x')},${graph.getNodeAttribute(node, 'y')}`),
    );
    expect(places.size).toBe(nodes.length);
  });

  it('only moves the nodes it is given', () => {
    const graph = graphOf(starPayload('hub', 3), { hub: [500, 500] });

    placeOnSpiral(graph, ['leaf:0', 'leaf:1', 'leaf:2']);

    expect(graph.getNodeAttributes('hub')).toMatchObject({ x: 500, y: 500 });
  });
});
