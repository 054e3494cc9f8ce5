// Boots the explorer: fetches the overview query, lays it out and draws it.
import Graph from 'graphology';
import circular from 'graphology-layout/circular';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { ApiClient, ApiError } from './api/api-client';
import { mergePayload, type EdgeAttributes, type NodeAttributes } from './core/graph/merge-payload';
import { GraphView } from './rendering/graph-view';
import './styles.css';

const status = document.getElementById('status')!;
const container = document.getElementById('graph')!;

async function boot(): Promise<void> {
  const api = new ApiClient();
  const graph = new Graph<NodeAttributes, EdgeAttributes>({ multi: true, type: 'directed' });
  const result = await api.runSavedQuery('overview');
  mergePayload(graph, result.graph);
  circular.assign(graph);
  forceAtlas2.assign(graph, { iterations: 200, settings: forceAtlas2.inferSettings(graph) });
  new GraphView(container, graph);
  container.dataset.nodeCount = String(graph.order);
  container.dataset.edgeCount = String(graph.size);
  container.dataset.state = 'ready';
  status.textContent = `${graph.order} nodes, ${graph.size} relationships`;
}

boot().catch((error: unknown) => {
  status.classList.add('error');
  status.textContent =
    error instanceof ApiError ? `${error.message} (${error.code})` : 'The graph could not be drawn; see the console.';
  container.dataset.state = 'error';
  console.error(error);
});
