// The small state pieces every domain is built on: the observable atom, the selection, expansion pages and the
// description of the current query.
import { describe, expect, it } from 'vitest';
import { hasMore } from '../../../client/src/core/graph/expansion';
import { describeQuery, INITIAL_QUERY } from '../../../client/src/core/queries/current-query';
import { NO_SELECTION, selectedNodeId } from '../../../client/src/core/selection/selection-state';
import { atom } from '../../../client/src/core/state/atom';

describe('atom', () => {
  it('holds a value and tells subscribers the new and the previous value on each change', () => {
    const count = atom(1);
    const seen: [number, number][] = [];
    count.subscribe((value, previous) => seen.push([value, previous]));

    count.set(2);
    count.set((previous) => previous * 10);

    expect(count.get()).toBe(20);
    expect(seen).toEqual([
      [2, 1],
      [20, 2],
    ]);
  });

  it('stays quiet when set to the same value', () => {
    const state = atom({ type: 'idle' });
    const same = state.get();
    let calls = 0;
    state.subscribe(() => calls++);

    state.set(same);
    state.set((previous) => previous);

    expect(calls).toBe(0);
  });

  it('notifies for an equal but new object, since states are replaced rather than changed', () => {
    const state = atom({ type: 'idle' });
    let calls = 0;
    state.subscribe(() => calls++);

    state.set({ type: 'idle' });

    expect(calls).toBe(1);
  });

  it('stops notifying a subscriber once it unsubscribes', () => {
    const state = atom('a');
    const seen: string[] = [];
    const unsubscribe = state.subscribe((value) => seen.push(value));

    state.set('b');
    unsubscribe();
    state.set('c');

    expect(seen).toEqual(['b']);
  });

  it('notifies every subscriber of a change even if one unsubscribes another meanwhile', () => {
    const state = atom(0);
    const seen: string[] = [];
    let unsubscribeSecond: () => void = () => undefined;
    state.subscribe(() => {
      seen.push('first');
      unsubscribeSecond();
    });
    unsubscribeSecond = state.subscribe(() => seen.push('second'));

    state.set(1);
    state.set(2);

    expect(seen).toEqual(['first', 'second', 'first']);
  });
});

describe('selection', () => {
  it('answers the selected node id, or null when nothing is selected', () => {
    expect(selectedNodeId(NO_SELECTION)).toBeNull();
    expect(selectedNodeId({ type: 'node', id: 'place:vorozhba' })).toBe('place:vorozhba');
  });
});

describe('hasMore', () => {
  it('offers more neighbours only while fewer have been shown than there are', () => {
    expect(hasMore(undefined)).toBe(false);
    expect(hasMore({ shown: 25, total: 60 })).toBe(true);
    expect(hasMore({ shown: 60, total: 60 })).toBe(false);
    expect(hasMore({ shown: 0, total: 0 })).toBe(false);
  });
});

describe('describeQuery', () => {
  it('names a saved query by its id and calls anything else a Cypher query', () => {
    expect(describeQuery(INITIAL_QUERY)).toBe('saved query "overview"');
    expect(describeQuery({ type: 'cypher', query: 'MATCH (n) RETURN n', params: {} })).toBe('Cypher query');
  });
});
