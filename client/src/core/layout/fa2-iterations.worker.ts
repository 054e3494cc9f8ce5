// Web worker: runs a fixed number of ForceAtlas2 iterations (deterministic for a given input) off the main thread
// and posts the positions back. Nodes marked fixed do not move. It says "ready" first: a module worker may miss
// messages posted before its script has run.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Fa2Ready, Fa2Request, Fa2Response } from './fa2-iterations-messages';

self.onmessage = (event: MessageEvent<Fa2Request>) => {
  const { nodes, edges, iterations, settings } = event.data;
  const graph = new Graph({ multi: true, type: 'directed', allowSelfLoops: true });
  for (const node of nodes) graph.addNode(node.key, { x: node.x, y: node.y, size: node.size, fixed: node.fixed });
  for (const [source, target] of edges) graph.addDirectedEdge(source, target);
  const positions = forceAtlas2(graph, { iterations, settings });
  const response: Fa2Response = { type: 'positions', positions };
  self.postMessage(response);
};

const ready: Fa2Ready = { type: 'ready' };
self.postMessage(ready);
