// The render bench's laid-out graph: what an explorer view looks like after a layout, as a counterpart to
// random-view-graph.ts. Same node count, labels, sizes, captions and edge count (one edge in twenty parallel), but
// nodes come in clusters of CLUSTER_SIZE (an article with its claims, claimants and subjects), most edges stay inside
// a cluster, and each cluster is placed in its own disc on a grid spanning the same area as the random graph.
//
// Why a clustered placement and not ForceAtlas2 run in Node before the pages open: it costs O(nodes) and no layout
// time at 100k on a shared 2-core machine, is exact and seeded (every renderer draws the same graph and positions),
// and fixes the share of long edges by construction (INTER_CLUSTER_SHARE) instead of by how far a layout converged.
// ForceAtlas2 on random-view-graph's 5k graph (300 Barnes-Hut iterations) ends with a mean edge of 0.08 of the
// picture's side; this graph's is 0.06-0.07, so the two pictures are alike in what edge length costs.
import { createExplorerGraph, type ExplorerGraph } from '../../client/src/core/graph/explorer-graph';
import { seededRandom } from '../seeded-random';

const LABELS = ['Claim', 'Claim', 'Claim', 'Article', 'Person', 'Agency', 'Place', 'Event'];
const TYPES = ['CLAIMED', 'ABOUT', 'REPORTS', 'MENTIONS'];

/** Nodes per cluster: about one article's worth of claims, people, places and events. */
export const CLUSTER_SIZE = 40;
/** Edges whose second end is any node of the graph (the long edges a laid-out graph keeps: hubs, shared sources). */
export const INTER_CLUSTER_SHARE = 0.1;
/** Graph units per node, as in random-view-graph (its square has side √nodes × 20): the same area, the same zoom. */
const UNITS_PER_NODE = 20;
/** A cluster's disc radius as a share of the grid step, so discs keep a gap between them. */
const DISC_SHARE = 0.35;

export interface ClusteredPosition {
  x: number;
  y: number;
  cluster: number;
}

/**
 * Positions for `nodes` nodes in clusters of `clusterSize` consecutive indices: cluster centres on a square grid,
 * each node uniformly in its cluster's disc. The whole covers about the square of random-view-graph.
 */
export function clusteredPositions(nodes: number, clusterSize: number, random: () => number): ClusteredPosition[] {
  const clusters = Math.ceil(nodes / clusterSize);
  const columns = Math.ceil(Math.sqrt(clusters));
  const step = Math.sqrt(clusterSize) * UNITS_PER_NODE;
  const radius = step * DISC_SHARE;
  return Array.from({ length: nodes }, (_unused, index) => {
    const cluster = Math.floor(index / clusterSize);
    const centreX = ((cluster % columns) + 0.5) * step;
    const centreY = (Math.floor(cluster / columns) + 0.5) * step;
    // √ of a uniform number: uniform over the disc's area, not crowded at its centre.
    const distance = radius * Math.sqrt(random());
    const angle = 2 * Math.PI * random();
    return { x: centreX + distance * Math.cos(angle), y: centreY + distance * Math.sin(angle), cluster };
  });
}

export function clusteredViewGraph(nodes: number, edgesPerNode: number, seed: number): ExplorerGraph {
  const random = seededRandom(seed);
  const graph = createExplorerGraph();
  const positions = clusteredPositions(nodes, CLUSTER_SIZE, random);
  const keys = positions.map(({ x, y }, index) => {
    const label = LABELS[index % LABELS.length] ?? 'Claim';
    const key = `bench:${label.toLowerCase()}:${index}`;
    graph.addNode(key, {
      label: `Bench ${label} ${index}`,
      labels: [label],
      properties: {},
      x,
      y,
      size: 3 + random() * 9,
    });
    return key;
  });
  const pick = (from: number, count: number) => keys[from + Math.floor(random() * count)] ?? '';
  const pickEnds = (): [string, string] => {
    const first = Math.floor(random() * nodes);
    if (random() < INTER_CLUSTER_SHARE) return [keys[first] ?? '', pick(0, nodes)];
    const clusterStart = first - (first % CLUSTER_SIZE);
    return [keys[first] ?? '', pick(clusterStart, Math.min(CLUSTER_SIZE, nodes - clusterStart))];
  };
  const edges = Math.round(nodes * edgesPerNode);
  let previous = pickEnds();
  for (let index = 0; index < edges; index += 1) {
    // One edge in twenty doubles the previous one, as in the random graph, so parallel-edge curves have work too.
    const ends = random() < 0.05 ? previous : pickEnds();
    const relType = TYPES[index % TYPES.length] ?? 'ABOUT';
    graph.addEdge(ends[0], ends[1], { relType, properties: {}, label: relType, size: 1 });
    previous = ends;
  }
  return graph;
}

/** Mean edge length ÷ the side of the graph's bounding square: what each edge costs to rasterise, in proportion. */
export function meanEdgeLengthShare(graph: ExplorerGraph): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_node, { x, y }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  const side = Math.max(maxX - minX, maxY - minY);
  if (graph.size === 0 || side === 0) return 0;
  let total = 0;
  graph.forEachEdge((_edge, _attributes, _source, _target, source, target) => {
    total += Math.hypot(source.x - target.x, source.y - target.y);
  });
  return total / graph.size / side;
}
