// What the filters hide: nodes by label, relationships by type, dated nodes outside an inclusive date range.
import { describe, expect, it } from 'vitest';
import type { NodeAttributes } from '../../../client/src/core/graph/explorer-graph';
import { edgePredicate, nodePredicate } from '../../../client/src/core/filters/filter-predicates';
import { isFiltering, NO_FILTERS, toggled, type FiltersState } from '../../../client/src/core/filters/filters-state';
import { nodeDate } from '../../../client/src/core/filters/node-date';
import { claimPayload, graphOf } from './graph-payload.fixtures';

function node(labels: string[], properties: Record<string, unknown> = {}): NodeAttributes {
  return { label: 'n', labels, properties, x: 0, y: 0, size: 5, color: '#000' };
}

function filters(changes: Partial<FiltersState>): FiltersState {
  return { ...NO_FILTERS, ...changes };
}

describe('nodeDate', () => {
  it('reads a claim’s date, an article’s publication and an event’s start', () => {
    expect(nodeDate(['Claim'], { date: '2024-12-16' })).toBe('2024-12-16');
    expect(nodeDate(['Article'], { published: '2024-12-17' })).toBe('2024-12-17');
    expect(nodeDate(['Event'], { startDate: '2024-08-06', endDate: '2025-03-01' })).toBe('2024-08-06');
  });

  it('keeps only the day of a date with a time', () => {
    expect(nodeDate(['Article'], { published: '2024-12-17T23:59:00Z' })).toBe('2024-12-17');
  });

  it('answers null for labels without a date, missing dates and values that are not ISO dates', () => {
    expect(nodeDate(['Person'], { date: '2024-12-16' })).toBeNull();
    expect(nodeDate(['Claim'], {})).toBeNull();
    expect(nodeDate(['Claim'], { date: null })).toBeNull();
    expect(nodeDate(['Claim'], { date: 'December 2024' })).toBeNull();
    expect(nodeDate(['Claim'], { date: 20241216 })).toBeNull();
    expect(nodeDate(['Event'], { date: '2024-12-16' })).toBeNull();
  });

  it('falls through to the next dated label when the first has no usable date', () => {
    expect(nodeDate(['Claim', 'Event'], { startDate: '2024-08-06' })).toBe('2024-08-06');
  });
});

describe('nodePredicate', () => {
  it('filters nothing (no predicate at all) when no filter is set', () => {
    expect(nodePredicate(NO_FILTERS)).toBeNull();
  });

  it('hides nodes whose primary label is hidden and shows the others', () => {
    const predicate = nodePredicate(filters({ hiddenLabels: new Set(['Person']) }))!;

    expect(predicate('a', node(['Person']))).toBe(false);
    expect(predicate('b', node(['Agency']))).toBe(true);
  });

  it('decides by the first known label, so extra labels do not hide a node', () => {
    const predicate = nodePredicate(filters({ hiddenLabels: new Set(['Bookmark']) }))!;

    expect(predicate('a', node(['Bookmark', 'Agency']))).toBe(true);
    expect(predicate('b', node(['Bookmark']))).toBe(false);
  });

  it('keeps dated nodes inside the range, both bounds included', () => {
    const predicate = nodePredicate(filters({ from: '2024-12-01', to: '2024-12-31' }))!;

    expect(predicate('first', node(['Claim'], { date: '2024-12-01' }))).toBe(true);
    expect(predicate('last', node(['Article'], { published: '2024-12-31T23:30:00Z' }))).toBe(true);
    expect(predicate('before', node(['Claim'], { date: '2024-11-30' }))).toBe(false);
    expect(predicate('after', node(['Event'], { startDate: '2025-01-01' }))).toBe(false);
  });

  it('applies an open-ended range from one bound only', () => {
    const since = nodePredicate(filters({ from: '2024-12-10' }))!;
    const until = nodePredicate(filters({ to: '2024-12-10' }))!;
    const early = node(['Claim'], { date: '1999-01-01' });
    const late = node(['Claim'], { date: '2099-01-01' });

    expect([since('a', early), since('b', late)]).toEqual([false, true]);
    expect([until('a', early), until('b', late)]).toEqual([true, false]);
  });

  it('never hides a node by date when it has no date', () => {
    const predicate = nodePredicate(filters({ from: '2024-12-01', to: '2024-12-31' }))!;

    expect(predicate('person', node(['Person'], { name: 'Pat Ryder' }))).toBe(true);
    expect(predicate('undated claim', node(['Claim'], { text: 'no date known' }))).toBe(true);
  });

  it('hides a dated node of a hidden label even when its date is inside the range', () => {
    const predicate = nodePredicate(filters({ hiddenLabels: new Set(['Claim']), from: '2024-01-01' }))!;

    expect(predicate('c', node(['Claim'], { date: '2024-12-16' }))).toBe(false);
  });

  it('keeps the fixture graph’s undated nodes and drops the claim outside the range', () => {
    const graph = graphOf(claimPayload);
    const predicate = nodePredicate(filters({ from: '2024-12-17' }))!;

    const shown = graph.filterNodes((key, attributes) => predicate(key, attributes)).sort();

    expect(shown).toEqual(
      ['agency:pentagon', 'article:000-nk-soldiers-killed-kursk', 'person:pat-ryder', 'place:kursk-region'].sort(),
    );
  });
});

describe('edgePredicate', () => {
  it('filters no relationship when no type is hidden', () => {
    expect(edgePredicate(NO_FILTERS)).toBeNull();
    expect(edgePredicate(filters({ hiddenLabels: new Set(['Claim']) }))).toBeNull();
  });

  it('hides relationships of the hidden types only', () => {
    const graph = graphOf(claimPayload);
    const predicate = edgePredicate(filters({ hiddenTypes: new Set(['MENTIONS', 'ABOUT']) }))!;

    const shown = graph.filterEdges((key, attributes) => predicate(key, attributes)).sort();

    expect(shown).toEqual(['rel:article-reports-claim', 'rel:ryder-claimed', 'rel:ryder-member-of-pentagon']);
  });
});

describe('filters state', () => {
  it('toggles a value in or out without changing the set it was given', () => {
    const original: ReadonlySet<string> = new Set(['Person']);

    const added = toggled(original, 'Claim');
    const removed = toggled(added, 'Person');

    expect([...added].sort()).toEqual(['Claim', 'Person']);
    expect([...removed]).toEqual(['Claim']);
    expect([...original]).toEqual(['Person']);
  });

  it('says whether anything is filtered', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(isFiltering(filters({ hiddenLabels: new Set(['Place']) }))).toBe(true);
    expect(isFiltering(filters({ hiddenTypes: new Set(['ABOUT']) }))).toBe(true);
    expect(isFiltering(filters({ from: '2024-01-01' }))).toBe(true);
    expect(isFiltering(filters({ to: '2024-01-01' }))).toBe(true);
  });
});
