// The render bench's laid-out graph: clusters in discs of their own, mostly short edges, the same on every run.
import { describe, expect, it } from 'vitest';
import {
  CLUSTER_SIZE,
  clusteredPositions,
  clusteredViewGraph,
  meanEdgeLengthShare,
} from '../../bench/render/clustered-view-graph';
import { randomViewGraph } from '../../bench/render/random-view-graph';
import { seededRandom } from '../../bench/seeded-random';

describe("the render bench's laid-out graph", () => {
  it('puts every node in its own cluster, and clusters in discs that do not touch', () => {
    const positions = clusteredPositions(1_000, 40, seededRandom(7));
    const clusters = new Map<number, { x: number; y: number }[]>();
    for (const position of positions)
      clusters.set(position.cluster, [...(clusters.get(position.cluster) ?? []), position]);
    expect(clusters.size).toBe(25);
    // 25 clusters on a 5 × 5 grid with a step of √40 × 20 ≈ 126 graph units; a disc's radius is 35 % of the step.
    const step = Math.sqrt(40) * 20;
    const radius = step * 0.35;
    const centres = [...clusters.entries()].map(([cluster, members]) => {
      expect(members).toHaveLength(40);
      return { x: ((cluster % 5) + 0.5) * step, y: (Math.floor(cluster / 5) + 0.5) * step, members };
    });
    for (const { x, y, members } of centres) {
      for (const member of members) expect(Math.hypot(member.x - x, member.y - y)).toBeLessThanOrEqual(radius);
    }
    const closest = Math.min(
      ...centres.flatMap((a, i) => centres.slice(i + 1).map((b) => Math.hypot(a.x - b.x, a.y - b.y))),
    );
    expect(closest).toBeGreaterThan(radius * 2);
  });

  it('has the random graph’s nodes and edge count over the same area, with edges several times shorter', () => {
    const laidOut = clusteredViewGraph(5_000, 1.5, 42);
    const random = randomViewGraph(5_000, 1.5, 42);
    expect(laidOut.order).toBe(random.order);
    expect(laidOut.size).toBe(random.size);
    expect(laidOut.nodes().sort()).toEqual(random.nodes().sort());
    expect(laidOut.getNodeAttribute('bench:person:4', 'label')).toBe('Bench Person 4');
    const laidOutShare = meanEdgeLengthShare(laidOut);
    const randomShare = meanEdgeLengthShare(random);
    // Random ends in a unit square lie about 0.52 apart; nine edges in ten here stay inside one small disc.
    expect(randomShare).toBeGreaterThan(0.45);
    expect(laidOutShare).toBeLessThan(randomShare / 4);
  });

  it('keeps most edges inside one cluster and is the same for the same seed', () => {
    const graph = clusteredViewGraph(2_000, 1.5, 3);
    const clusterOf = (node: string) => Math.floor(Number(node.split(':')[2]) / CLUSTER_SIZE);
    const inside = graph.filterEdges((_edge, _attributes, source, target) => clusterOf(source) === clusterOf(target));
    expect(inside.length / graph.size).toBeGreaterThan(0.85);
    const again = clusteredViewGraph(2_000, 1.5, 3);
    expect(again.mapNodes((_node, { x, y }) => [x, y])).toEqual(graph.mapNodes((_node, { x, y }) => [x, y]));
    expect(again.mapEdges((_edge, _attributes, source, target) => `${source}>${target}`)).toEqual(
      graph.mapEdges((_edge, _attributes, source, target) => `${source}>${target}`),
    );
  });

  it('measures no edge length on an empty graph', () => {
    expect(meanEdgeLengthShare(clusteredViewGraph(10, 0, 1))).toBe(0);
  });
});
