// Never everything: an answer above the view's cap becomes one node per label with counts, and the explorer says
// how to narrow it down instead of drawing it.
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../../client/src/api/api-client';
import type { CypherResult } from '../../../client/src/api/api-contract';
import { createExplorerCore } from '../../../client/src/core/explorer-core';
import { aggregatePayload, isAggregateNode, VIEW_NODE_CAP } from '../../../client/src/core/graph/aggregate-payload';
import { claimPayload, starPayload } from './graph-payload.fixtures';

describe('aggregatePayload', () => {
  it('draws one node per label with its count and one relationship per label pair and type', () => {
    const aggregate = aggregatePayload(starPayload('agency:hub', 7));

    expect(aggregate.nodes.map(({ id, caption, properties }) => ({ id, caption, properties }))).toEqual([
      { id: 'aggregate:Agency', caption: '1 × Agency', properties: { label: 'Agency', count: 1 } },
      { id: 'aggregate:Place', caption: '7 × Place', properties: { label: 'Place', count: 7 } },
    ]);
    expect(aggregate.edges).toEqual([
      {
        id: 'aggregate:Agency-MENTIONS-Place',
        type: 'MENTIONS',
        source: 'aggregate:Agency',
        target: 'aggregate:Place',
        properties: { count: 7 },
      },
    ]);
    expect(aggregate.nodes.every((node) => isAggregateNode(node.id))).toBe(true);
  });

  it('keeps every label of a mixed answer', () => {
    const labels = aggregatePayload(claimPayload).nodes.map((node) => node.properties.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.length).toBeGreaterThan(1);
  });
});

describe('The explorer with an answer above the cap', () => {
  const huge = starPayload('agency:hub', VIEW_NODE_CAP + 10);
  const result: CypherResult = {
    columns: ['n'],
    rows: [],
    graph: huge,
    summary: { rows: 0, truncated: false, queryType: 'r' },
  } as unknown as CypherResult;

  it('does not add it to the view and says how to narrow it down', async () => {
    const api = new ApiClient('http://127.0.0.1:9');
    Object.assign(api, { runCypher: async () => result });
    const app = createExplorerCore(api);

    await app.queries.run({ type: 'cypher', query: 'MATCH (n) RETURN n', params: {} }, 'add');

    expect(app.graph.data.order).toBe(0);
    expect(app.notices.current.get()?.text).toMatch(
      /5,011 nodes, more than the view draws at once \(5,000\).*narrower query/,
    );
  });

  it('answers an expansion of an aggregate node with how to narrow down, without calling the server', async () => {
    const app = createExplorerCore(new ApiClient('http://127.0.0.1:9'));

    await app.graph.expand('aggregate:Place');

    expect(app.notices.current.get()?.text).toMatch(/stands for many nodes: search for one of them/);
  });
});
