// Undo for graph changes: each recorded change brings back the nodes, edges and positions from before it.
import { describe, expect, it } from 'vitest';
import { GraphHistory } from '../../../client/src/core/graph/graph-history';
import { mergePayload } from '../../../client/src/core/graph/merge-payload';
import { claimPayload, graphOf, kursk, payloadNode, ryder, starPayload } from './graph-payload.fixtures';

describe('GraphHistory', () => {
  it('restores the nodes, edges and positions from before the last recorded change', () => {
    const graph = graphOf(claimPayload, { [ryder.id]: [10, 20] });
    const before = graph.export();
    const history = new GraphHistory(graph);

    history.record('expand Pentagon');
    mergePayload(graph, starPayload('agency:pentagon', 3));
    graph.mergeNodeAttributes(ryder.id, { x: 99, y: 99 });
    graph.dropNode(kursk.id);

    expect(history.undo()).toBe('expand Pentagon');
    // The same nodes where they were and the same edges (newer properties from the server are kept).
    const shape = (serialized: typeof before) => ({
      nodes: serialized.nodes.map(({ key, attributes }) => [key, attributes?.x, attributes?.y]).sort(),
      edges: serialized.edges.map(({ key, source, target }) => [key, source, target]).sort(),
    });
    expect(shape(graph.export())).toEqual(shape(before));
    expect(graph.getNodeAttributes(ryder.id)).toMatchObject({ x: 10, y: 20 });
  });

  it('brings back the state kept beside the graph, such as how far each node was expanded', () => {
    const graph = graphOf(claimPayload);
    let pages = new Map([[ryder.id, 50]]);
    const history = new GraphHistory<Map<string, number>>(graph, 20, {
      capture: () => pages,
      restore: (state) => {
        pages = state;
      },
    });

    history.record('more neighbours of Ryder');
    mergePayload(graph, starPayload(ryder.id, 3));
    pages = new Map([[ryder.id, 100]]);
    history.undo();

    expect(pages.get(ryder.id)).toBe(50);
  });

  it('undoes changes one by one, newest first, then answers null when there is nothing left', () => {
    const graph = graphOf({ nodes: [], edges: [] });
    const history = new GraphHistory(graph);

    history.record('add Ryder');
    mergePayload(graph, { nodes: [ryder], edges: [] });
    history.record('add Kursk');
    mergePayload(graph, { nodes: [kursk], edges: [] });

    expect(history.undo()).toBe('add Kursk');
    expect(graph.nodes()).toEqual([ryder.id]);
    expect(history.undo()).toBe('add Ryder');
    expect(graph.order).toBe(0);
    expect(history.undo()).toBeNull();
    expect(graph.order).toBe(0);
  });

  it('tells subscribers which change undo would revert', () => {
    const graph = graphOf(claimPayload);
    const history = new GraphHistory(graph);
    const seen: (string | null)[] = [];
    history.undoable.subscribe((value) => seen.push(value));

    expect(history.undoable.get()).toBeNull();
    history.record('collapse Ryder');
    history.record('remove Kursk');
    history.undo();
    history.undo();

    expect(seen).toEqual(['collapse Ryder', 'remove Kursk', 'collapse Ryder', null]);
  });

  it('keeps only the most recent changes up to its depth', () => {
    const graph = graphOf({ nodes: [], edges: [] });
    const history = new GraphHistory(graph, 2);

    for (const name of ['a', 'b', 'c']) {
      history.record(`add ${name}`);
      mergePayload(graph, { nodes: [payloadNode(`place:${name}`, ['Place'])], edges: [] });
    }

    expect(history.undo()).toBe('add c');
    expect(history.undo()).toBe('add b');
    expect(graph.nodes()).toEqual(['place:a']);
    expect(history.undo()).toBeNull();
    expect(graph.nodes()).toEqual(['place:a']);
  });

  it('keeps newer data from the server on undo: it reverts structure and positions, not refreshed properties', () => {
    const graph = graphOf(claimPayload, { [ryder.id]: [1, 2] });
    const history = new GraphHistory(graph);
    history.record('refresh');

    mergePayload(graph, { nodes: [payloadNode(ryder.id, ['Person'], { name: 'Renamed' })], edges: [] });
    graph.mergeNodeAttributes(ryder.id, { x: 5, y: 6 });
    history.undo();

    expect(graph.getNodeAttributes(ryder.id)).toMatchObject({ x: 1, y: 2, properties: { name: 'Renamed' } });
  });

  it('stores the change, not the graph: recording a change on a large graph keeps two numbers per node', () => {
    const graph = graphOf(starPayload('agency:hub', 20_000));
    const history = new GraphHistory(graph);

    history.record('expand a neighbour');
    mergePayload(graph, starPayload('agency:other', 3, 'other'));

    const stored = (history as unknown as { stack: { operations: unknown[]; replaced: unknown }[] }).stack[0]!;
    expect(stored.replaced).toBeNull();
    // The new hub, its three neighbours and their three edges, each logged once.
    expect(stored.operations).toHaveLength(7);
    history.undo();
    expect(graph.order).toBe(20_001);
  });

  it('keeps the replaced graph when a change replaces the whole view, and brings it back', () => {
    const graph = graphOf(claimPayload);
    const before = graph.order;
    const history = new GraphHistory(graph);

    history.record('run a query', { replacesGraph: true });
    graph.clear();
    mergePayload(graph, starPayload('agency:hub', 3));
    history.undo();

    expect(graph.order).toBe(before);
    expect(graph.hasNode(ryder.id)).toBe(true);
  });

  it('forgets every change when cleared', () => {
    const graph = graphOf(claimPayload);
    const history = new GraphHistory(graph);
    history.record('one');
    history.record('two');

    history.clear();

    expect(history.undoable.get()).toBeNull();
    expect(history.undo()).toBeNull();
    expect(graph.order).toBe(5);
  });
});
