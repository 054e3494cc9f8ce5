// The graph rendering: a Sigma.js renderer over a graphology graph, free of any app state, so the explorer and a
// future embeddable view can both use it. Callers own the graph and tell the view what is selected and what is
// filtered out; the view draws shapes per label, curves parallel edges apart, highlights the hovered node's
// neighbourhood, and shows relationship types on hover, on the selection and when zoomed in.
import { EdgeCurvedArrowProgram, indexParallelEdgesIndex } from '@sigma/edge-curve';
import type Graph from 'graphology';
import Sigma from 'sigma';
import {
  EdgeArrowProgram,
  type EdgeProgramType,
  type NodeHoverDrawingFunction,
  type NodeProgramType,
} from 'sigma/rendering';
import type { CameraState, EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { createDrawNodeHover } from './draw-node-hover';
import { renderPng } from './export-png';
import type { EdgeAttributes, NodeAttributes } from './graph-attributes';
import { createNodeShapeProgram } from './node-shape-program';
import { NODE_SHAPES, shapeForLabels } from './node-style';
import { RENDER_THEMES, type RenderTheme, type ThemeName } from './render-theme';

export type ViewGraph = Graph<NodeAttributes, EdgeAttributes>;
export type NodePredicate = (node: string, attributes: NodeAttributes) => boolean;
export type EdgePredicate = (edge: string, attributes: EdgeAttributes) => boolean;

export interface GraphViewOptions {
  theme?: ThemeName;
  /** Below this camera ratio (zoomed in), every visible edge shows its relationship type. */
  edgeLabelsBelowRatio?: number;
  /** Longest caption drawn on the canvas; longer ones are cut with an ellipsis. */
  maxCaptionLength?: number;
  /** Colours for relationship types drawn apart from the rest (e.g. agreement and contradiction in an embed). */
  relationshipColors?: Readonly<Record<string, string>>;
}

const DEFAULTS: Required<GraphViewOptions> = {
  theme: 'light',
  edgeLabelsBelowRatio: 0.45,
  maxCaptionLength: 42,
  relationshipColors: {},
};

export class GraphView {
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  private readonly options: Required<GraphViewOptions>;
  private theme: RenderTheme;
  private selected: string | null = null;
  private hovered: string | null = null;
  /** The node whose neighbourhood stands out (the hovered one, else the selected one) and its neighbours. */
  private focus: string | null = null;
  private focusNeighbours = new Set<string>();
  private nodeFilter: NodePredicate | null = null;
  private edgeFilter: EdgePredicate | null = null;
  private zoomedIn = false;
  private reindexScheduled = false;
  private readonly detach: (() => void)[] = [];

  constructor(
    container: HTMLElement,
    readonly graph: ViewGraph,
    options: GraphViewOptions = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.theme = RENDER_THEMES[this.options.theme];
    this.indexParallelEdges();
    this.sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
      allowInvalidContainer: true,
      renderEdgeLabels: true,
      enableEdgeEvents: false,
      labelRenderedSizeThreshold: 7,
      labelDensity: 0.5,
      labelGridCellSize: 120,
      zIndex: true,
      // Room around the drawing for captions, which extend to the right of their nodes.
      stagePadding: 60,
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      defaultEdgeType: 'arrow',
      defaultNodeType: 'circle',
      nodeProgramClasses: Object.fromEntries(
        NODE_SHAPES.map((shape) => [
          shape,
          createNodeShapeProgram(shape) as NodeProgramType<NodeAttributes, EdgeAttributes>,
        ]),
      ),
      edgeProgramClasses: {
        arrow: EdgeArrowProgram as EdgeProgramType<NodeAttributes, EdgeAttributes>,
        curved: EdgeCurvedArrowProgram as EdgeProgramType<NodeAttributes, EdgeAttributes>,
      },
      defaultDrawNodeHover: createDrawNodeHover(() => this.theme) as NodeHoverDrawingFunction<
        NodeAttributes,
        EdgeAttributes
      >,
      labelColor: { color: this.theme.label },
      edgeLabelColor: { color: this.theme.edgeLabel },
      edgeLabelSize: 11,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.listen();
  }

  /** Marks one node as selected (outlined, caption always shown), or none. */
  setSelectedNode(node: string | null): void {
    if (node === this.selected) return;
    this.selected = node;
    this.updateFocus();
  }

  /** Hides nodes and edges for which a predicate answers false (null shows everything). */
  setFilters(filters: { node: NodePredicate | null; edge: EdgePredicate | null }): void {
    this.nodeFilter = filters.node;
    this.edgeFilter = filters.edge;
    this.sigma.refresh();
  }

  setTheme(name: ThemeName): void {
    this.theme = RENDER_THEMES[name];
    this.sigma.setSetting('labelColor', { color: this.theme.label });
    this.sigma.setSetting('edgeLabelColor', { color: this.theme.edgeLabel });
  }

  get background(): string {
    return this.theme.background;
  }

  /** Moves the camera onto a node, zooming in when the view is far out. */
  focusNode(node: string, duration = 400): Promise<void> {
    const display = this.sigma.getNodeDisplayData(node);
    if (!display) return Promise.resolve();
    const camera = this.sigma.getCamera();
    return camera.animate({ x: display.x, y: display.y, ratio: Math.min(camera.ratio, 0.6) }, { duration });
  }

  /** Shows the whole graph; with no duration the camera jumps (animations wait for frames a hidden tab never draws). */
  fit(duration = 300): Promise<void> {
    const camera = this.sigma.getCamera();
    if (duration <= 0) {
      camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      return Promise.resolve();
    }
    return camera.animatedReset({ duration });
  }

  zoom(factor: number): Promise<void> {
    const camera = this.sigma.getCamera();
    return factor > 1
      ? camera.animatedZoom({ duration: 200, factor })
      : camera.animatedUnzoom({ duration: 200, factor: 1 / factor });
  }

  getCamera(): CameraState {
    return this.sigma.getCamera().getState();
  }

  setCamera(state: Partial<CameraState>): void {
    this.sigma.getCamera().setState(state);
  }

  /** Where a node is drawn, in pixels from the container's top-left corner (null when hidden or absent). */
  nodeViewportPosition(node: string): { x: number; y: number } | null {
    const display = this.sigma.getNodeDisplayData(node);
    if (!display || display.hidden) return null;
    return this.sigma.framedGraphToViewport(display);
  }

  toPng(): Promise<Blob> {
    return renderPng(this.sigma as unknown as Sigma, this.theme.background);
  }

  destroy(): void {
    for (const off of this.detach) off();
    this.sigma.kill();
  }

  private listen(): void {
    this.sigma.on('enterNode', ({ node }) => this.setHovered(node));
    this.sigma.on('leaveNode', () => this.setHovered(null));
    const camera = this.sigma.getCamera();
    const onCamera = () => {
      const zoomedIn = camera.ratio < this.options.edgeLabelsBelowRatio;
      if (zoomedIn === this.zoomedIn) return;
      this.zoomedIn = zoomedIn;
      this.sigma.refresh({ skipIndexation: true });
    };
    camera.on('updated', onCamera);
    this.detach.push(() => camera.off('updated', onCamera));
    const onEdgesChanged = () => this.scheduleReindex();
    for (const event of ['edgeAdded', 'edgeDropped', 'cleared', 'edgesCleared'] as const) {
      this.graph.on(event, onEdgesChanged);
      this.detach.push(() => this.graph.off(event, onEdgesChanged));
    }
  }

  private setHovered(node: string | null): void {
    this.hovered = node;
    this.updateFocus();
  }

  private updateFocus(): void {
    this.computeFocus();
    this.sigma.refresh({ skipIndexation: true });
  }

  private computeFocus(): void {
    const focus = this.hovered ?? this.selected;
    this.focus = focus && this.graph.hasNode(focus) ? focus : null;
    this.focusNeighbours = new Set(this.focus ? this.graph.neighbors(this.focus) : []);
  }

  private scheduleReindex(): void {
    if (this.reindexScheduled) return;
    this.reindexScheduled = true;
    queueMicrotask(() => {
      this.reindexScheduled = false;
      this.indexParallelEdges();
      this.computeFocus();
      this.sigma.refresh();
    });
  }

  private indexParallelEdges(): void {
    indexParallelEdgesIndex(this.graph as unknown as Parameters<typeof indexParallelEdgesIndex>[0], {
      edgeIndexAttribute: 'parallelIndex',
      edgeMaxIndexAttribute: 'parallelMaxIndex',
    });
  }

  private reduceNode(node: string, data: NodeAttributes): Partial<NodeDisplayData> {
    const display: Partial<NodeDisplayData> = {
      ...data,
      type: shapeForLabels(data.labels),
      label: this.caption(data.label),
    };
    if (this.nodeFilter && !this.nodeFilter(node, data)) return { ...display, hidden: true };
    if (node === this.selected) Object.assign(display, { highlighted: true, forceLabel: true, zIndex: 2 });
    if (this.focus && node !== this.focus && !this.focusNeighbours.has(node)) {
      Object.assign(display, {
        color: this.theme.dimmed,
        label: null,
        zIndex: 0,
        highlighted: false,
        forceLabel: false,
      });
    } else if (this.focus) {
      Object.assign(display, { zIndex: 1, forceLabel: true });
    }
    return display;
  }

  private reduceEdge(edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> {
    const [source, target] = this.graph.extremities(edge);
    const parallel = data.parallelIndex;
    const display: Partial<EdgeDisplayData> & { curvature?: number } = {
      ...data,
      color: this.options.relationshipColors[data.relType] ?? this.theme.edge,
      label: null,
      type: parallel == null ? 'arrow' : 'curved',
      curvature: parallel == null ? 0 : curvatureFor(parallel, data.parallelMaxIndex ?? 1),
    };
    if (this.edgeFilter && !this.edgeFilter(edge, data)) return { ...display, hidden: true };
    const touches = (node: string | null) => node !== null && (source === node || target === node);
    if (this.focus && !touches(this.focus)) return { ...display, color: this.theme.dimmedEdge, zIndex: 0 };
    if (this.zoomedIn || touches(this.hovered) || touches(this.selected)) {
      Object.assign(display, { label: data.relType, forceLabel: true, zIndex: 1 });
    }
    return display;
  }

  private caption(label: string): string {
    const max = this.options.maxCaptionLength;
    return label.length > max ? `${label.slice(0, max - 1)}…` : label;
  }
}

/** Spreads edges between the same two nodes: index i of n gets its own bend, alternating sides. */
function curvatureFor(index: number, maxIndex: number): number {
  const base = 0.25;
  const spread = maxIndex > 0 ? index / maxIndex : index;
  return index === 0 ? 0.12 : base * spread * (1 + Math.abs(maxIndex) * 0.15);
}
