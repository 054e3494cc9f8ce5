// Node sizes: all alike, by degree in the view, or by a numeric property, on a square-root scale from 4 to 18.
import { describe, expect, it } from 'vitest';
import { applyNodeSizing, DEFAULT_SIZING, numericPropertyKeys } from '../../../client/src/core/appearance/node-sizing';
import { createExplorerGraph } from '../../../client/src/core/graph/explorer-graph';
import { claimPayload, graphOf, payloadNode, starPayload } from './graph-payload.fixtures';

function sizes(graph: ReturnType<typeof graphOf>): Record<string, number> {
  return Object.fromEntries(graph.mapNodes((node, { size }) => [node, size]));
}

describe('applyNodeSizing', () => {
  it('sizes by degree by default', () => {
    expect(DEFAULT_SIZING).toEqual({ type: 'degree' });
  });

  it('gives the best-connected node the largest size and others sizes by the square root of their degree', () => {
    const graph = graphOf(starPayload('hub', 16));
    graph.addNode('loner', { ...graph.getNodeAttributes('leaf:0'), label: 'loner' });

    applyNodeSizing(graph, { type: 'degree' });

    expect(graph.getNodeAttribute('hub', 'size')).toBe(18);
    // Degree 1 against a maximum of 16: 4 + 14 * sqrt(1) / sqrt(16).
    expect(graph.getNodeAttribute('leaf:0', 'size')).toBeCloseTo(4 + 14 / 4, 10);
    expect(graph.getNodeAttribute('loner', 'size')).toBe(4);
  });

  it('counts parallel relationships in the degree', () => {
    const graph = graphOf(claimPayload);

    applyNodeSizing(graph, { type: 'degree' });

    const size = sizes(graph);
    // The claim has 4 relationships (two of them parallel, from the article), the article 2, Kursk 1.
    expect(size['claim:ryder-nk-casualties']).toBe(18);
    expect(size['article:000-nk-soldiers-killed-kursk']).toBeCloseTo(4 + 14 * Math.sqrt(2 / 4), 10);
    expect(size['place:kursk-region']).toBeCloseTo(4 + 14 * Math.sqrt(1 / 4), 10);
  });

  it('gives every node the same size when sizing is uniform', () => {
    const graph = graphOf(claimPayload);

    applyNodeSizing(graph, { type: 'uniform' });

    expect(new Set(Object.values(sizes(graph)))).toEqual(new Set([7]));
  });

  it('sizes by a numeric property and gives nodes without a usable value the smallest size', () => {
    const graph = graphOf({
      nodes: [
        payloadNode('claim:big', ['Claim'], { countMax: 400 }),
        payloadNode('claim:small', ['Claim'], { countMax: 100 }),
        payloadNode('claim:text', ['Claim'], { countMax: 'about 300' }),
        payloadNode('claim:negative', ['Claim'], { countMax: -50 }),
        payloadNode('person:none', ['Person']),
      ],
      edges: [],
    });

    applyNodeSizing(graph, { type: 'property', key: 'countMax' });

    expect(sizes(graph)).toEqual({
      'claim:big': 18,
      'claim:small': 4 + 14 * Math.sqrt(100 / 400),
      'claim:text': 4,
      'claim:negative': 4,
      'person:none': 4,
    });
  });

  it('gives every node the smallest size when no node has a positive value', () => {
    const graph = graphOf({
      nodes: [payloadNode('a', ['Claim'], { countMax: 0 }), payloadNode('b', ['Claim'])],
      edges: [],
    });

    applyNodeSizing(graph, { type: 'property', key: 'countMax' });

    expect(sizes(graph)).toEqual({ a: 4, b: 4 });
  });

  it('sizes the nodes again when switched back from another sizing', () => {
    const graph = graphOf(starPayload('hub', 4));

    applyNodeSizing(graph, { type: 'uniform' });
    applyNodeSizing(graph, { type: 'degree' });

    expect(graph.getNodeAttribute('hub', 'size')).toBe(18);
    expect(graph.getNodeAttribute('leaf:1', 'size')).toBe(4 + 14 / 2);
  });

  it('copes with an empty graph', () => {
    const graph = createExplorerGraph();

    expect(() => applyNodeSizing(graph, { type: 'degree' })).not.toThrow();
    expect(graph.order).toBe(0);
  });

  it('sizes graphs of more than a hundred thousand nodes', () => {
    const graph = graphOf(starPayload('hub', 150_000));

    applyNodeSizing(graph, { type: 'degree' });

    expect(graph.getNodeAttribute('hub', 'size')).toBe(18);
    expect(graph.getNodeAttribute('leaf:149999', 'size')).toBeCloseTo(4 + 14 / Math.sqrt(150_000), 10);
  });
});

describe('numericPropertyKeys', () => {
  it('lists the number-valued property keys of the nodes in the view, once each, sorted', () => {
    const graph = graphOf({
      nodes: [
        payloadNode('claim:a', ['Claim'], { countMax: 10, countMin: 5, verified: true, measure: 'killed' }),
        payloadNode('claim:b', ['Claim'], { countMax: 20, year: 2024 }),
        payloadNode('place:c', ['Place'], { population: '12000' }),
      ],
      edges: [],
    });

    expect(numericPropertyKeys(graph)).toEqual(['countMax', 'countMin', 'year']);
  });

  it('answers nothing for a graph without numbers', () => {
    expect(numericPropertyKeys(graphOf({ nodes: [payloadNode('p', ['Person'], { name: 'X' })], edges: [] }))).toEqual(
      [],
    );
  });
});
