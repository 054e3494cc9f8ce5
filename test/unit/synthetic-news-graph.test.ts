import { describe, expect, it } from 'vitest';
import {
  HUBS,
  SYNTHETIC_LABELS,
  syntheticId,
  syntheticSizes,
  type SyntheticLabel,
} from '../../tools/loader/synthetic/news-graph-model';
import {
  NODE_PROPERTIES,
  RELATIONSHIP_KINDS,
  batchKey,
  syntheticBatches,
} from '../../tools/loader/synthetic/news-graph-rows';

const sizes = syntheticSizes(5_000);
const batches = [...syntheticBatches(sizes, 1_000)];
const nodeIds = new Map<string, SyntheticLabel>();
for (const batch of batches)
  if (batch.kind === 'nodes') for (const row of batch.rows) nodeIds.set(String(row.id), batch.label);
const relationships = batches.flatMap((batch) =>
  batch.kind === 'relationships' ? batch.rows.map((row) => ({ ...row, kind: batch.relationship })) : [],
);

describe('the synthetic news graph', () => {
  it('has every label of the contract, with ids in the house form and display names', () => {
    expect(Object.keys(sizes).sort()).toEqual([...SYNTHETIC_LABELS].sort());
    expect(nodeIds.size).toBe(Object.values(sizes).reduce((a, b) => a + b, 0));
    expect(syntheticId('Claim', 12)).toBe('claim:synthetic-12');
    for (const batch of batches.filter((b) => b.kind === 'nodes')) {
      for (const row of batch.rows) {
        expect(String(row.id)).toMatch(new RegExp(`^${batch.label.toLowerCase()}:synthetic-\\d+$`));
        expect(typeof row.name).toBe('string');
      }
    }
  });

  it('gives every node exactly the properties its label lists, which are the ones the loader writes', () => {
    for (const batch of batches) {
      if (batch.kind !== 'nodes') continue;
      for (const row of batch.rows) expect(Object.keys(row).sort()).toEqual([...NODE_PROPERTIES[batch.label]].sort());
    }
  });

  it('joins only nodes that exist, with the labels each relationship type expects', () => {
    const wrong = relationships.filter((row) => {
      const kind = RELATIONSHIP_KINDS[row.kind];
      return nodeIds.get(row.from) !== kind.from || nodeIds.get(row.to) !== kind.to;
    });
    expect(wrong).toEqual([]);
  });

  it('has about five relationships per node, heavy-tailed: hubs with many links, most nodes with few', () => {
    expect(relationships.length / nodeIds.size).toBeGreaterThan(4.5);
    expect(relationships.length / nodeIds.size).toBeLessThan(5.5);
    const degree = new Map<string, number>();
    for (const { from, to } of relationships) for (const id of [from, to]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const degrees = [...degree.values()].sort((a, b) => a - b);
    const median = degrees[Math.floor(degrees.length / 2)]!;
    expect(degree.get(HUBS.place)!).toBeGreaterThan(50 * median);
    expect(degree.get(HUBS.agency)!).toBeGreaterThan(10 * median);
  });

  it('is the same graph, batch for batch, every time it is generated', () => {
    const again = [...syntheticBatches(sizes, 1_000)];
    expect(again.map(batchKey)).toEqual(batches.map(batchKey));
    expect(again[again.length - 1]).toEqual(batches[batches.length - 1]);
    expect(new Set(batches.map(batchKey)).size).toBe(batches.length);
  });
});
