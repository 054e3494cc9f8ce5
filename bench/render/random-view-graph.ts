// A random graph for the render bench, in the explorer's own graph type and attributes: nodes of the contract's
// labels at random positions, about `edgesPerNode` edges per node between random nodes (a few of them parallel, as
// real data has), sizes and captions like the explorer's. Seeded, so every run draws the same graph.
import { createExplorerGraph, type ExplorerGraph } from '../../client/src/core/graph/explorer-graph';
import { seededRandom } from '../seeded-random';

const LABELS = ['Claim', 'Claim', 'Claim', 'Article', 'Person', 'Agency', 'Place', 'Event'];
const TYPES = ['CLAIMED', 'ABOUT', 'REPORTS', 'MENTIONS'];

export function randomViewGraph(nodes: number, edgesPerNode: number, seed: number): ExplorerGraph {
  const random = seededRandom(seed);
  const graph = createExplorerGraph();
  const spread = Math.sqrt(nodes) * 20;
  for (let index = 0; index < nodes; index += 1) {
    const label = LABELS[index % LABELS.length] ?? 'Claim';
    const labels = [label];
    graph.addNode(`bench:${label.toLowerCase()}:${index}`, {
      label: `Bench ${label} ${index}`,
      labels,
      properties: {},
      x: random() * spread,
      y: random() * spread,
      size: 3 + random() * 9,
    });
  }
  const keys = graph.nodes();
  const pickNode = () => keys[Math.floor(random() * keys.length)] ?? '';
  const edges = Math.round(nodes * edgesPerNode);
  let previous: [string, string] = [pickNode(), pickNode()];
  for (let index = 0; index < edges; index += 1) {
    // One edge in twenty doubles the previous one, so the view's parallel-edge curves have work too.
    const ends: [string, string] = random() < 0.05 ? previous : [pickNode(), pickNode()];
    const relType = TYPES[index % TYPES.length] ?? 'ABOUT';
    graph.addEdge(ends[0], ends[1], { relType, properties: {}, label: relType, size: 1 });
    previous = ends;
  }
  return graph;
}
