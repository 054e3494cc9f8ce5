// The layout registry (what the toolbar offers and how each layout runs) and the settings of the settling pass.
import { describe, expect, it } from 'vitest';
import {
  BARNES_HUT_FROM,
  forceAtlas2Settings,
  LAYOUTS,
  layoutById,
} from '../../../client/src/core/layout/layout-registry';
import { iterationsFor } from '../../../client/src/core/layout/run-fa2-iterations';
import { graphOf, starPayload } from './graph-payload.fixtures';

describe('the layout registry', () => {
  it('offers ForceAtlas2, No overlap and Circular, each under its own id', () => {
    expect(LAYOUTS.map(({ id, label, kind }) => ({ id, label, kind }))).toEqual([
      { id: 'forceatlas2', label: 'ForceAtlas2', kind: 'continuous' },
      { id: 'noverlap', label: 'No overlap', kind: 'continuous' },
      { id: 'circular', label: 'Circular', kind: 'once' },
    ]);
    expect(new Set(LAYOUTS.map((layout) => layout.id)).size).toBe(LAYOUTS.length);
  });

  it('finds every layout by its id and nothing for an unknown id', () => {
    for (const layout of LAYOUTS) expect(layoutById(layout.id)).toBe(layout);
    expect(layoutById('fruchterman-reingold')).toBeUndefined();
    expect(layoutById('')).toBeUndefined();
  });

  it('runs the circular layout at once, putting every node on one circle that grows with the graph', () => {
    const circular = layoutById('circular');
    if (circular?.kind !== 'once') throw new Error('circular should be a one-shot layout');
    const small = graphOf(starPayload('hub', 9));
    const large = graphOf(starPayload('hub', 59));

    circular.run(small);
    circular.run(large);

    const radii = (graph: typeof small) =>
      graph.mapNodes((_node, { x, y }) => Math.hypot(x, y)).map((radius) => Math.round(radius * 1e6) / 1e6);
    expect(new Set(radii(small))).toEqual(new Set([100]));
    expect(new Set(radii(large))).toEqual(new Set([240]));
    const places = new Set(small.mapNodes((_node, { x, y }) => `${x.toFixed(6)},${y.toFixed(6)}`));
    expect(places.size).toBe(10);
  });
});

describe('forceAtlas2Settings', () => {
  it('switches to the Barnes-Hut approximation only above the threshold', () => {
    expect(forceAtlas2Settings(graphOf(starPayload('hub', BARNES_HUT_FROM - 1))).barnesHutOptimize).toBe(false);
    expect(forceAtlas2Settings(graphOf(starPayload('hub', BARNES_HUT_FROM))).barnesHutOptimize).toBe(true);
  });

  it('spreads hubs apart with a strong scaling ratio and a gentle gravity', () => {
    expect(forceAtlas2Settings(graphOf(starPayload('hub', 5)))).toMatchObject({
      scalingRatio: 12,
      gravity: 1,
      outboundAttractionDistribution: true,
    });
  });
});

describe('iterationsFor', () => {
  it('gives small graphs more settling iterations than large ones', () => {
    expect(iterationsFor(0)).toBe(300);
    expect(iterationsFor(199)).toBe(300);
    expect(iterationsFor(200)).toBe(150);
    expect(iterationsFor(1_999)).toBe(150);
    expect(iterationsFor(2_000)).toBe(60);
    expect(iterationsFor(100_000)).toBe(60);
  });
});
