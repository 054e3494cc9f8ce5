// The explorer's actions that need no server: selecting and revealing nodes already in the view, one-shot layouts,
// node sizing kept up to date, and error notices. The API client here points nowhere and is never called.
import { describe, expect, it } from 'vitest';
import { ApiClient, ApiError } from '../../../client/src/api/api-client';
import { createExplorerCore, type ExplorerCore } from '../../../client/src/core/explorer-core';
import { mergePayload } from '../../../client/src/core/graph/merge-payload';
import { claimPayload, kursk, payloadEdge, payloadNode, pentagon, ryder } from './graph-payload.fixtures';

function explorer(): ExplorerCore {
  const instance = createExplorerCore(new ApiClient('http://127.0.0.1:9'));
  mergePayload(instance.graph.data, claimPayload);
  return instance;
}

describe('Explorer selection', () => {
  it('selects a node by id and clears the selection with null', () => {
    const app = explorer();

    app.selection.select(ryder.id);
    expect(app.selection.state.get()).toEqual({ type: 'node', id: ryder.id });

    app.selection.select(null);
    expect(app.selection.state.get()).toEqual({ type: 'none' });
  });

  it('reveals a node already in the view by selecting it and centring the camera on it', async () => {
    const app = explorer();
    const focused: string[] = [];
    app.graph.camera = { focusNode: async (node) => void focused.push(node) };

    await app.graph.reveal(kursk.id);
    await app.graph.reveal(pentagon.id, { focus: false });

    expect(app.selection.state.get()).toEqual({ type: 'node', id: pentagon.id });
    expect(focused).toEqual([kursk.id]);
    expect(app.graph.data.order).toBe(5);
  });
});

describe('Explorer layouts', () => {
  it('runs a one-shot layout at once and stays idle', () => {
    const app = explorer();
    const states: string[] = [];
    app.layout.state.subscribe((state) => states.push(state.type));

    app.layout.start('circular');

    const radii = app.graph.data.mapNodes((_node, { x, y }) => Math.round(Math.hypot(x, y)));
    expect(new Set(radii)).toEqual(new Set([100]));
    expect(app.layout.state.get()).toEqual({ type: 'idle' });
    expect(states).toEqual([]);
  });

  it('ignores a layout id it does not know', () => {
    const app = explorer();
    const before = app.graph.data.export();

    app.layout.start('spring' as never);

    expect(app.graph.data.export()).toEqual(before);
    expect(app.layout.state.get()).toEqual({ type: 'idle' });
  });
});

describe('Explorer node sizing', () => {
  it('resizes every node as soon as the sizing changes', () => {
    const app = explorer();

    app.appearance.setSizing({ type: 'uniform' });

    expect(new Set(app.graph.data.mapNodes((_node, { size }) => size))).toEqual(new Set([7]));
  });

  it('resizes by degree after nodes arrive, once the current task is done', async () => {
    const app = explorer();

    const villages = Array.from({ length: 8 }, (_, index) => payloadNode(`place:village-${index}`, ['Place']));
    mergePayload(app.graph.data, {
      nodes: villages,
      edges: villages.map((village) => payloadEdge(`rel:${village.id}`, 'LOCATED_IN', village.id, kursk.id)),
    });
    await Promise.resolve();

    expect(app.graph.data.getNodeAttribute(kursk.id, 'size')).toBe(18);
    expect(app.graph.data.getNodeAttribute('place:village-0', 'size')).toBeCloseTo(4 + 14 / 3, 10);
  });
});

describe('Explorer notices', () => {
  it('reports an API error with its code and any other error by its message', () => {
    const app = explorer();

    app.notices.error(new ApiError('TIMEOUT', 'The query took too long; add a LIMIT.', 504));
    expect(app.notices.current.get()).toEqual({
      type: 'error',
      text: 'The query took too long; add a LIMIT.',
      code: 'TIMEOUT',
    });

    app.notices.error(new Error('The layout worker failed'));
    expect(app.notices.current.get()).toEqual({ type: 'error', text: 'The layout worker failed' });

    app.notices.error('plain text');
    expect(app.notices.current.get()).toEqual({ type: 'error', text: 'plain text' });
  });

  it('names nodes by their caption, or by their id when they are not in the view', () => {
    const app = explorer();

    expect(app.graph.caption(ryder.id)).toBe('Pat Ryder');
    expect(app.graph.caption('person:unknown')).toBe('person:unknown');
  });
});
