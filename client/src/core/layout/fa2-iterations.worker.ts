// Web worker: runs a fixed number of ForceAtlas2 iterations (deterministic for a given input) off the main thread
// and posts the positions back. Nodes marked fixed do not move. Asked to, it then fits the drawing to the view's size
// and runs noverlap so no two nodes cover each other. It says "ready" first: a module worker may miss messages posted
// before its script has run.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { Fa2Fit, Fa2Ready, Fa2Request, Fa2Response } from './fa2-iterations-messages';

/** Scales and centres the positions so the drawing fills a box of the given size (keeping its proportions). */
function fitInto(graph: Graph, fit: Fa2Fit): void {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  graph.forEachNode((_node, { x, y }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  const scale = Math.min(fit.width / Math.max(maxX - minX, 1e-9), fit.height / Math.max(maxY - minY, 1e-9));
  const [cx, cy] = [(minX + maxX) / 2, (minY + maxY) / 2];
  graph.updateEachNodeAttributes((_node, attributes) => ({
    ...attributes,
    x: (attributes.x - cx) * scale,
    y: (attributes.y - cy) * scale,
  }));
}

self.onmessage = (event: MessageEvent<Fa2Request>) => {
  const { nodes, edges, iterations, settings, fit } = event.data;
  const graph = new Graph({ multi: true, type: 'directed', allowSelfLoops: true });
  for (const node of nodes) graph.addNode(node.key, { x: node.x, y: node.y, size: node.size, fixed: node.fixed });
  for (const [source, target] of edges) graph.addDirectedEdge(source, target);
  forceAtlas2.assign(graph, { iterations, settings });
  if (fit && graph.order > 1) {
    fitInto(graph, fit);
    noverlap.assign(graph, { maxIterations: 300, settings: { margin: fit.margin, ratio: 1, expansion: 1.05 } });
  }
  const positions: Fa2Response['positions'] = {};
  graph.forEachNode((key, { x, y }) => (positions[key] = { x, y }));
  const response: Fa2Response = { type: 'positions', positions };
  self.postMessage(response);
};

const ready: Fa2Ready = { type: 'ready' };
self.postMessage(ready);
