// The graph rendering: a Sigma.js renderer over a graphology graph, free of any app state, so the explorer and a
// future embeddable view can both use it. Callers own the graph; the view only draws it and reports interactions.
import Graph from 'graphology';
import Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from '../core/graph/merge-payload';

export interface GraphViewOptions {
  /** Show edge labels (relationship types). */
  renderEdgeLabels?: boolean;
}

export class GraphView {
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;

  constructor(
    container: HTMLElement,
    readonly graph: Graph<NodeAttributes, EdgeAttributes>,
    options: GraphViewOptions = {},
  ) {
    this.sigma = new Sigma(graph, container, {
      renderEdgeLabels: options.renderEdgeLabels ?? false,
      labelRenderedSizeThreshold: 6,
      defaultEdgeColor: '#b8bfcc',
      allowInvalidContainer: true,
    });
  }

  /** Animates the camera so the whole graph fits the view. */
  fit(): void {
    void this.sigma.getCamera().animatedReset({ duration: 300 });
  }

  destroy(): void {
    this.sigma.kill();
  }
}
