// Undo for graph changes: each recorded snapshot brings back nodes, edges, positions and attributes exactly.
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
    expect(graph.export()).toEqual(before);
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

  it('is not affected by later changes to the attributes of nodes in the view', () => {
    const graph = graphOf(claimPayload);
    const history = new GraphHistory(graph);
    history.record('move');

    graph.updateNodeAttributes(ryder.id, (attributes) => ({ ...attributes, label: 'changed', size: 30 }));
    mergePayload(graph, { nodes: [payloadNode(ryder.id, ['Person'], { name: 'Renamed' })], edges: [] });
    history.undo();

    expect(graph.getNodeAttributes(ryder.id)).toMatchObject({ label: 'Pat Ryder', properties: ryder.properties });
  });

  it('forgets every snapshot when cleared', () => {
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
