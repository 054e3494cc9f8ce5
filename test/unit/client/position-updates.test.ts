// A move of every node (one graph-wide update of x and y) asks the renderer for one processing pass and runs none of
// its per-node work; every other graph-wide update still reaches the renderer's own handler, and giving the handling
// back restores it.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { movesOnly, nodeUpdateListeners, takeOverMoves } from '../../../client/src/rendering/position-updates';

/** A graph of three nodes and a stand-in for sigma: its own graph-wide handler, and the refreshes asked of it. */
function renderedGraph() {
  const graph = new Graph();
  for (const [index, node] of ['a', 'b', 'c'].entries()) graph.addNode(node, { x: index, y: 0, size: 1 });
  const earlierCalls: unknown[] = [];
  graph.on('eachNodeAttributesUpdated', (payload) => earlierCalls.push(payload));
  const before = nodeUpdateListeners(graph);
  const handled: unknown[] = [];
  graph.on('eachNodeAttributesUpdated', (payload) => handled.push(payload.hints));
  const refreshes: unknown[] = [];
  const renderer = { refresh: (options: unknown) => refreshes.push(options) };
  return { graph, before, renderer, handled, refreshes, earlierCalls };
}

describe('takeOverMoves', () => {
  it('answers a move of every node with one scheduled processing pass, not the renderer’s handler', () => {
    const { graph, before, renderer, handled, refreshes, earlierCalls } = renderedGraph();
    takeOverMoves(graph, renderer, before);
    graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, x: -attributes.x }), {
      attributes: ['x', 'y'],
    });
    expect(refreshes).toEqual([{ partialGraph: {}, schedule: true }]);
    expect(handled).toEqual([]);
    expect(earlierCalls).toHaveLength(1);
  });

  it('passes updates of other attributes, or without hints, to the renderer’s own handler', () => {
    const { graph, before, renderer, handled, refreshes } = renderedGraph();
    takeOverMoves(graph, renderer, before);
    graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, size: 2 }), { attributes: ['size'] });
    graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, x: 1, size: 3 }), {
      attributes: ['x', 'size'],
    });
    graph.updateEachNodeAttributes((_node, attributes) => attributes);
    expect(handled).toEqual([{ attributes: ['size'] }, { attributes: ['x', 'size'] }, null]);
    expect(refreshes).toEqual([]);
  });

  it('gives the handling back to the renderer when undone', () => {
    const { graph, before, renderer, handled, refreshes } = renderedGraph();
    const giveBack = takeOverMoves(graph, renderer, before);
    giveBack();
    graph.updateEachNodeAttributes((_node, attributes) => attributes, { attributes: ['x'] });
    expect(handled).toEqual([{ attributes: ['x'] }]);
    expect(refreshes).toEqual([]);
    expect(graph.listeners('eachNodeAttributesUpdated')).toHaveLength(2);
  });
});

describe('movesOnly', () => {
  it('is true only for hints that name positions and nothing else', () => {
    expect(movesOnly({ attributes: ['x'] })).toBe(true);
    expect(movesOnly({ attributes: ['y', 'x'] })).toBe(true);
    expect(movesOnly({ attributes: ['x', 'color'] })).toBe(false);
    expect(movesOnly({ attributes: [] })).toBe(false);
    expect(movesOnly({})).toBe(false);
    expect(movesOnly(undefined)).toBe(false);
    expect(movesOnly(null)).toBe(false);
  });
});
