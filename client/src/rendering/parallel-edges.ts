// Curvatures for edges that join the same two nodes, kept by the view (never written into the graph): a lone edge is
// straight; the edges of a pair bend to alternate sides, further out one by one, whichever way each points.
import type Graph from 'graphology';

export function parallelEdgeCurvatures(graph: Graph): Map<string, number> {
  const pairs = new Map<string, string[]>();
  graph.forEachEdge((edge, _attributes, source, target) => {
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const group = pairs.get(key);
    if (group) group.push(edge);
    else pairs.set(key, [edge]);
  });
  const curvatures = new Map<string, number>();
  for (const group of pairs.values()) {
    if (group.length < 2) continue;
    group.forEach((edge, index) => {
      const side = index % 2 === 0 ? 1 : -1;
      const bend = side * (0.18 + 0.14 * Math.floor(index / 2));
      // A curve bends to the left of its own direction: an edge pointing the other way flips to stay on its side.
      const [source, target] = graph.extremities(edge);
      curvatures.set(edge, source < target ? bend : -bend);
    });
  }
  return curvatures;
}
