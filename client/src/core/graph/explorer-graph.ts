// The explorer's graph: a directed multigraph keyed by the stable node ids of the API, with the view's attributes.
import Graph from 'graphology';
import type { EdgeAttributes, NodeAttributes } from '../../rendering/graph-attributes';

export type { EdgeAttributes, NodeAttributes };
export type ExplorerGraph = Graph<NodeAttributes, EdgeAttributes>;

export function createExplorerGraph(): ExplorerGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ multi: true, type: 'directed', allowSelfLoops: true });
}
