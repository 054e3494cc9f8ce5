// The Claims tab's charts, apart from drawing: the timeline's marks (claims by the day said, reports by the day
// published, dates that are not exact marked so), the figures' marks (open ends kept open), and the one date range
// that the timeline's brush and play-back set for the table, the graph and the address together.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../../client/src/api/api-client';
import type { Claim, ClaimsFilter } from '../../../client/src/api/api-contract';
import { claimMapPayload, GROUP_LINK } from '../../../client/src/core/claims/claim-map';
import { figureExtent, figureMarks } from '../../../client/src/core/claims/figure-marks';
import { PLAY_STEP_MS } from '../../../client/src/core/claims/claims-timeline';
import { timelineMarks } from '../../../client/src/core/claims/timeline-marks';
import { createExplorerCore } from '../../../client/src/core/explorer-core';

function claim(id: string, changes: Partial<Claim> = {}): Claim {
  return {
    id,
    name: null,
    text: `Claim ${id}`,
    date: '2024-12-16',
    datePrecision: 'day',
    dateNote: null,
    kind: 'casualties',
    countMin: null,
    countMax: null,
    countText: null,
    measure: null,
    verified: null,
    claimants: [{ id: 'agency:gur', labels: ['Agency'], name: 'GUR', channel: 'Telegram', note: null }],
    about: [],
    sources: [],
    sourceCount: 0,
    independentSourceCount: 0,
    firstReport: null,
    corroborates: [],
    contradicts: [],
    ...changes,
  };
}

function source(articleId: string, outlet: string, published: string, publishedPrecision = 'day') {
  return {
    articleId,
    title: null,
    outlet,
    outletId: null,
    published,
    publishedPrecision,
    quote: null,
    passage: null,
    note: null,
  };
}

describe('timeline marks', () => {
  const claims = [
    claim('late', { date: '2024-12-20', sources: [source('article:a', 'ABC News', '2024-12-21T08:00:00Z')] }),
    claim('early', {
      date: '2024-11-01',
      datePrecision: 'month',
      kind: 'troop-strength',
      claimants: [
        { id: 'person:a', labels: ['Person'], name: 'Ann', channel: null, note: null },
        { id: 'person:b', labels: ['Person'], name: 'Bob', channel: null, note: null },
      ],
      sources: [source('article:b', 'AP', '2024-11-05', 'on-or-after')],
    }),
    claim('undated', { date: null }),
  ];

  it('puts a claim on the row of each claimant at the day said, its reports at their day, in date order', () => {
    const marks = timelineMarks(claims, 'claimant');
    expect(marks.groups).toEqual(['Ann', 'Bob', 'GUR']);
    expect(marks.said.map((m) => [m.claimId, m.group, m.date, m.exact])).toEqual([
      ['early', 'Ann', '2024-11-01', false],
      ['early', 'Bob', '2024-11-01', false],
      ['late', 'GUR', '2024-12-20', true],
    ]);
    expect(marks.reported.map((m) => [m.group, m.said, m.published])).toEqual([
      ['Ann', '2024-11-01', '2024-11-05'],
      ['Bob', '2024-11-01', '2024-11-05'],
      ['GUR', '2024-12-20', '2024-12-21'],
    ]);
    expect(marks.reported[0]!.label).toBe('Reported by AP, 2024-11-05 or later');
    expect(marks.said[0]!.label).toContain('(date not exact)');
    expect(marks.dates).toEqual(['2024-11-01', '2024-12-20']);
  });

  it('groups by kind, one row per kind', () => {
    expect(timelineMarks(claims, 'kind').groups).toEqual(['troop-strength', 'casualties']);
  });
});

describe('figure marks', () => {
  it('keeps open ends open: at least, at most, a range and an exact figure, claims without one left out', () => {
    const marks = figureMarks([
      claim('at-least', { countMin: 30, measure: 'killed and wounded' }),
      claim('at-most', { countMax: 12_000, date: '2024-12-17' }),
      claim('range', { countMin: 24, countMax: 99, date: '2024-12-15' }),
      claim('point', { countMin: 200, countMax: 200, date: '2024-12-15' }),
      claim('none'),
      claim('undated', { countMin: 5, date: null }),
    ]);
    expect(marks.map((m) => [m.claimId, m.shape, m.low, m.high])).toEqual([
      ['range', 'range', 24, 99],
      ['point', 'point', 200, 200],
      ['at-least', 'at-least', 30, null],
      ['at-most', 'at-most', null, 12_000],
    ]);
    expect(marks[2]!.label).toBe('GUR, 2024-12-16: ≥ 30 killed and wounded. Claim at-least');
    expect(figureExtent(marks)).toEqual([24, 12_000]);
    expect(figureExtent([])).toBeNull();
  });
});

describe('the date range of the timeline', () => {
  afterEach(() => vi.useRealTimers());

  function core() {
    const asked: ClaimsFilter[] = [];
    const claims = [
      claim('a', { date: '2024-11-01' }),
      claim('b', { date: '2024-12-16' }),
      claim('c', { date: '2024-12-20' }),
    ];
    const api = {
      claims: async (filter: ClaimsFilter) => {
        asked.push(filter);
        const inRange = claims.filter(
          (c) => (!filter.from || c.date! >= filter.from) && (!filter.to || c.date! <= filter.to),
        );
        return { claims: inRange, total: inRange.length, skip: 0, limit: 50 };
      },
      onError: () => undefined,
    } as unknown as ApiClient;
    return { core: createExplorerCore(api), asked };
  }

  it('filters the graph and the table together when brushed, and loads the timeline without the dates', async () => {
    const { core: explorer, asked } = core();
    await explorer.workbench.load();
    await explorer.timeline.load();
    explorer.timeline.brush({ from: '2024-12-01', to: '2024-12-31' });
    await vi.waitFor(() => expect(explorer.workbench.list.get().type).toBe('ready'));

    expect(explorer.filters.state.get()).toMatchObject({ from: '2024-12-01', to: '2024-12-31' });
    expect(explorer.workbench.view.get().filters).toMatchObject({ from: '2024-12-01', to: '2024-12-31' });
    const list = explorer.workbench.list.get();
    expect(list.type === 'ready' && list.page.claims.map((c) => c.id)).toEqual(['b', 'c']);
    // The timeline keeps every date, so the brush can be moved out again.
    const timeline = explorer.timeline.data.get();
    expect(timeline.type === 'ready' && timeline.marks.dates).toEqual(['2024-11-01', '2024-12-16', '2024-12-20']);
    expect(asked.filter((f) => f.limit === 1_000).every((f) => !f.from && !f.to)).toBe(true);

    explorer.timeline.brush(null);
    expect(explorer.filters.state.get()).toMatchObject({ from: null, to: null });
    expect(explorer.workbench.view.get().filters).toMatchObject({ from: '', to: '' });
  });

  it('plays the dates back one at a time from the first, then stops with every date in range', async () => {
    vi.useFakeTimers();
    const { core: explorer } = core();
    await explorer.timeline.load();
    explorer.timeline.play();
    expect(explorer.filters.state.get()).toMatchObject({ from: '2024-11-01', to: '2024-11-01' });
    expect(explorer.timeline.playback.get()).toEqual({ type: 'playing', step: 1, of: 3 });
    vi.advanceTimersByTime(PLAY_STEP_MS);
    expect(explorer.filters.state.get()).toMatchObject({ to: '2024-12-16' });
    vi.advanceTimersByTime(PLAY_STEP_MS);
    expect(explorer.filters.state.get()).toMatchObject({ from: '2024-11-01', to: '2024-12-20' });
    expect(explorer.timeline.playback.get()).toEqual({ type: 'stopped' });
  });

  it('stops play-back where it got to when asked', async () => {
    vi.useFakeTimers();
    const { core: explorer } = core();
    await explorer.timeline.load();
    explorer.timeline.play();
    explorer.timeline.stop();
    vi.advanceTimersByTime(PLAY_STEP_MS * 5);
    expect(explorer.filters.state.get()).toMatchObject({ from: '2024-11-01', to: '2024-11-01' });
    expect(explorer.timeline.playback.get()).toEqual({ type: 'stopped' });
  });

  it('reloads the timeline when another filter than the dates changes', async () => {
    const { core: explorer, asked } = core();
    await explorer.timeline.load();
    const before = asked.length;
    explorer.filters.setDates('2024-12-01', null);
    expect(asked.length).toBe(before);
    await explorer.workbench.filter({ kind: 'casualties' });
    await vi.waitFor(() => expect(asked.some((f) => f.limit === 1_000 && f.kind === 'casualties')).toBe(true));
  });
});

describe('the claim map', () => {
  const related = (id: string, direction: 'out' | 'in') => ({
    id,
    text: null,
    date: null,
    kind: null,
    direction,
    basis: null,
    note: 'why they differ',
    claimants: [],
  });

  it('groups claims by kind, badges their claimants, and keeps each agreement link once, between claims on the map', () => {
    const payload = claimMapPayload(
      [
        claim('a', { text: 'at least 30', contradicts: [related('b', 'out'), related('elsewhere', 'out')] }),
        claim('b', { kind: 'troop-strength', contradicts: [related('a', 'in')], claimants: [] }),
      ],
      'kind',
    );
    expect(payload.nodes.map((n) => [n.id, n.caption])).toEqual([
      ['a', '[GUR] · at least 30'],
      ['b', '[unattributed] · Claim b'],
      ['group:kind:casualties', 'casualties (1)'],
      ['group:kind:troop-strength', 'troop-strength (1)'],
    ]);
    const agreement = payload.edges.filter((e) => e.type !== GROUP_LINK);
    expect(agreement.map((e) => [e.type, e.source, e.target, e.properties.note])).toEqual([
      ['CONTRADICTS', 'a', 'b', 'why they differ'],
    ]);
    expect(payload.edges.filter((e) => e.type === GROUP_LINK).map((e) => e.target)).toEqual([
      'group:kind:casualties',
      'group:kind:troop-strength',
    ]);
  });
});
