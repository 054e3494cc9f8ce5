// Collapsing a node (dropping the neighbours that hang only on it), removing a node, and undoing both, through the
// explorer's actions. None of these talk to the server, so the API client here is never called.
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../../client/src/api/api-client';
import { createExplorerCore, type ExplorerCore } from '../../../client/src/core/explorer-core';
import { leavesOf } from '../../../client/src/core/graph/collapse-node';
import { mergePayload } from '../../../client/src/core/graph/merge-payload';
import type { GraphPayload } from '../../../client/src/api/api-contract';
import {
  article,
  casualtiesClaim,
  claimPayload,
  graphOf,
  kursk,
  payloadEdge,
  pentagon,
  ryder,
  starPayload,
} from './graph-payload.fixtures';

function explorerWith(payload: GraphPayload): ExplorerCore {
  const explorer = createExplorerCore(new ApiClient('http://127.0.0.1:9'));
  mergePayload(explorer.graph.data, payload);
  return explorer;
}

describe('leavesOf', () => {
  it('answers the neighbours that have no other connection in the view', () => {
    const graph = graphOf(claimPayload);

    expect(leavesOf(graph, ryder.id)).toEqual([pentagon.id]);
    expect(leavesOf(graph, casualtiesClaim.id).sort()).toEqual([article.id, kursk.id].sort());
  });

  it('counts relationships in either direction: a neighbour pointing at the node can be a leaf too', () => {
    const graph = graphOf({
      nodes: [ryder, casualtiesClaim, kursk],
      edges: [
        payloadEdge('rel:ryder-claimed', 'CLAIMED', ryder.id, casualtiesClaim.id),
        payloadEdge('rel:claim-about-kursk', 'ABOUT', casualtiesClaim.id, kursk.id),
      ],
    });

    expect(leavesOf(graph, casualtiesClaim.id).sort()).toEqual([kursk.id, ryder.id].sort());
    expect(leavesOf(graph, ryder.id)).toEqual([]);
  });

  it('treats a neighbour joined by several parallel relationships as one leaf', () => {
    const graph = graphOf({ nodes: [casualtiesClaim, article], edges: claimPayload.edges.slice(3) });

    expect(leavesOf(graph, casualtiesClaim.id)).toEqual([article.id]);
  });

  it('answers nothing for a node without neighbours', () => {
    const graph = graphOf({ nodes: [kursk], edges: [] });

    expect(leavesOf(graph, kursk.id)).toEqual([]);
  });

  it('never counts the node itself as its own leaf when it has a relationship to itself', () => {
    const graph = graphOf({
      nodes: [casualtiesClaim],
      edges: [payloadEdge('rel:self', 'CORROBORATES', casualtiesClaim.id, casualtiesClaim.id)],
    });

    expect(leavesOf(graph, casualtiesClaim.id)).toEqual([]);
  });

  it('still counts a neighbour as a leaf when its only other relationship is to itself', () => {
    const graph = graphOf({
      nodes: [ryder, casualtiesClaim],
      edges: [
        payloadEdge('rel:ryder-claimed', 'CLAIMED', ryder.id, casualtiesClaim.id),
        payloadEdge('rel:self', 'CORROBORATES', casualtiesClaim.id, casualtiesClaim.id),
      ],
    });

    expect(leavesOf(graph, ryder.id)).toEqual([casualtiesClaim.id]);
  });
});

describe('Explorer.collapse', () => {
  it('drops the neighbours that hang only on the node and keeps the ones linked elsewhere', () => {
    const payload = starPayload('agency:pentagon', 3);
    payload.nodes.push(ryder);
    payload.edges.push(payloadEdge('rel:ryder-leaf-0', 'MENTIONS', ryder.id, 'leaf:0'));
    const explorer = explorerWith(payload);

    explorer.graph.collapse('agency:pentagon');

    expect(explorer.graph.data.nodes().sort()).toEqual(['agency:pentagon', 'leaf:0', ryder.id].sort());
    expect(explorer.notices.current.get()).toEqual({ type: 'info', text: 'Removed 2 nodes around agency:pentagon.' });
  });

  it('can be undone, bringing back the dropped nodes and their relationships', () => {
    const explorer = explorerWith(starPayload('agency:pentagon', 4));
    const before = explorer.graph.data.export();

    explorer.graph.collapse('agency:pentagon');
    expect(explorer.graph.data.order).toBe(1);
    explorer.graph.undo();

    // Undo puts the nodes back after the ones still there: the same graph, in another order.
    const sorted = (serialized: typeof before) => ({
      nodes: [...serialized.nodes].sort((a, b) => a.key.localeCompare(b.key)),
      edges: [...serialized.edges].sort((a, b) => String(a.key).localeCompare(String(b.key))),
    });
    expect(sorted(explorer.graph.data.export())).toEqual(sorted(before));
    expect(explorer.notices.current.get()).toEqual({ type: 'info', text: 'Undid: collapse agency:pentagon.' });
  });

  it('changes nothing and records nothing to undo when no neighbour hangs only on the node', () => {
    const explorer = explorerWith(claimPayload);

    explorer.graph.collapse(kursk.id);

    expect(explorer.graph.data.order).toBe(5);
    expect(explorer.graph.history.undoable.get()).toBeNull();
    expect(explorer.notices.current.get()).toEqual({
      type: 'info',
      text: 'Kursk region has no neighbours that hang only on it.',
    });
  });

  it('never drops the collapsed node itself, even when its only relationship is to itself', () => {
    const explorer = explorerWith({
      nodes: [casualtiesClaim],
      edges: [payloadEdge('rel:self', 'CORROBORATES', casualtiesClaim.id, casualtiesClaim.id)],
    });

    explorer.graph.collapse(casualtiesClaim.id);

    expect(explorer.graph.data.nodes()).toEqual([casualtiesClaim.id]);
    expect(explorer.graph.data.edges()).toEqual(['rel:self']);
    expect(explorer.graph.history.undoable.get()).toBeNull();
  });

  it('ignores a node that is not in the view', () => {
    const explorer = explorerWith(claimPayload);

    explorer.graph.collapse('person:nobody');

    expect(explorer.graph.data.order).toBe(5);
    expect(explorer.graph.history.undoable.get()).toBeNull();
  });
});

describe('Explorer.remove', () => {
  it('drops the node with its relationships and leaves its neighbours', () => {
    const explorer = explorerWith(claimPayload);

    explorer.graph.remove(casualtiesClaim.id);

    expect(explorer.graph.data.hasNode(casualtiesClaim.id)).toBe(false);
    expect(explorer.graph.data.order).toBe(4);
    expect(explorer.graph.data.edges()).toEqual(['rel:ryder-member-of-pentagon']);
  });

  it('clears the selection when the selected node is removed, and only then', () => {
    const explorer = explorerWith(claimPayload);
    explorer.selection.select(kursk.id);

    explorer.graph.remove(pentagon.id);
    expect(explorer.selection.state.get()).toEqual({ type: 'node', id: kursk.id });

    explorer.graph.remove(kursk.id);
    expect(explorer.selection.state.get()).toEqual({ type: 'none' });
  });

  it('can be undone, bringing back the node where it was', () => {
    const explorer = explorerWith(claimPayload);
    explorer.graph.data.mergeNodeAttributes(ryder.id, { x: 12, y: 34 });

    explorer.graph.remove(ryder.id);
    explorer.graph.undo();

    expect(explorer.graph.data.getNodeAttributes(ryder.id)).toMatchObject({ x: 12, y: 34 });
    expect(explorer.graph.data.hasEdge('rel:ryder-claimed')).toBe(true);
  });
});

describe('Explorer.undo', () => {
  it('does nothing when there is nothing to undo: the graph and the notice shown stay as they are', () => {
    const explorer = explorerWith(claimPayload);
    explorer.notices.info('5 nodes, 3 rows');
    const notice = explorer.notices.current.get();

    explorer.graph.undo();

    expect(explorer.notices.current.get()).toBe(notice);
    expect(explorer.graph.data.order).toBe(5);
  });

  it('has nothing to undo after the first query fills an empty view', async () => {
    const explorer = createExplorerCore(new ApiClient('http://127.0.0.1:9'));
    explorer.layout.settle = async () => undefined;

    await explorer.graph.showPayload(claimPayload, 'replace', 'Overview');
    explorer.graph.undo();

    expect(explorer.graph.history.undoable.get()).toBeNull();
    expect(explorer.graph.data.order).toBe(5);
  });

  it('clears the selection when the selected node is no longer in the view afterwards', () => {
    const explorer = explorerWith({ nodes: [ryder], edges: [] });
    explorer.graph.history.record('add Kursk');
    mergePayload(explorer.graph.data, { nodes: [kursk], edges: [] });
    explorer.selection.select(kursk.id);

    explorer.graph.undo();

    expect(explorer.graph.data.nodes()).toEqual([ryder.id]);
    expect(explorer.selection.state.get()).toEqual({ type: 'none' });
  });

  it('keeps the selection when the selected node is still in the view afterwards', () => {
    const explorer = explorerWith({ nodes: [ryder], edges: [] });
    explorer.graph.history.record('add Kursk');
    mergePayload(explorer.graph.data, { nodes: [kursk], edges: [] });
    explorer.selection.select(ryder.id);

    explorer.graph.undo();

    expect(explorer.selection.state.get()).toEqual({ type: 'node', id: ryder.id });
  });
});
