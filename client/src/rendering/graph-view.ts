// The graph rendering: a Sigma.js renderer over a graphology graph, free of any app state, so the explorer and an
// embedded view can both use it. Callers own the graph (positions, sizes, captions, labels: graph-attributes.ts) and
// tell the view what is selected and what is filtered out; the view styles nodes by label from its palette, curves
// parallel edges apart, brings the hovered or selected node's neighbourhood forward, and shows relationship types on
// hover, on the selection and when zoomed in.
//
// Public API (kept stable for embeds; see graph-view-settings.ts for every setting, its default and validation):
//   new GraphView(container, graph, settings?)   draws `graph` into `container` (settings: Partial<GraphViewSettings>)
//   view.sigma / view.graph                      the sigma renderer (events, camera) and the graph drawn
//   setSelectedNode(node | null)                 outlines one node and brings its neighbourhood forward
//   setFilters({ node, edge })                   hides nodes and edges for which a predicate answers false
//   setTheme(name) / setSetting(key, value)      changes a setting (validated) and redraws
//   focusNode, fit, zoom, getCamera, setCamera   camera moves
//   setCoveredAreas(() => rects)                 keeps captions out from under toolbars and drawers
//   drawnCaptions()                              the captions of the last frame and where they are
//   nodeViewportPosition(node), toPng(), destroy()
//
// Cost model: drawing goes through one node program (all shapes) and sigma's own edge programs, and the reducers only
// copy what they change into the object sigma hands them. A hover or a selection rewrites only the nodes and edges
// whose look changes (the old and new neighbourhoods): everything else is dimmed by one shader uniform and one CSS
// opacity. A move of every node (a layout's end) runs no reducer at all (position-updates.ts). Above `largeGraphNodes` /
// `largeGraphEdges` the view lowers its level of detail (straight one-pixel edges, no captions or edges in motion).
import {
  createDrawCurvedEdgeLabel,
  createEdgeCurveProgram,
  DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS,
} from '@sigma/edge-curve';
import type Graph from 'graphology';
import Sigma from 'sigma';
import {
  DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
  drawStraightEdgeLabel,
  EdgeArrowProgram,
  EdgeLineProgram,
  EdgeRectangleProgram,
  type EdgeLabelDrawingFunction,
  type EdgeProgramType,
  type NodeHoverDrawingFunction,
  type NodeLabelDrawingFunction,
  type NodeProgramType,
} from 'sigma/rendering';
import type { Settings as SigmaSettings } from 'sigma/settings';
import type { CameraState, EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { batchInMicrotask } from '../shared/batch-in-microtask';
import { CaptionLayout, type PlacedCaption, type Rect } from './caption-layout';
import { createDrawNodeHover, type FocusFlags } from './draw-node-hover';
import { renderPng } from './export-png';
import type { EdgeAttributes, NodeAttributes } from './graph-attributes';
import {
  resolveGraphViewSettings,
  themeOf,
  validateGraphViewSettings,
  type GraphViewSettings,
} from './graph-view-settings';
import { createNodeShapesProgram, type ShapedNodeData } from './node-shape-program';
import { styleInPalette } from './node-style';
import { parallelEdgeCurvatures } from './parallel-edges';
import { nodeUpdateListeners, takeOverMoves } from './position-updates';
import { redrawOnResize } from './redraw-on-resize';
import type { RenderTheme, ThemeName } from './render-theme';
import { DashedArrowProgram, DashedEdgeProgram } from './dashed-edge-program';

export type ViewGraph = Graph<NodeAttributes, EdgeAttributes>;
export type NodePredicate = (node: string, attributes: NodeAttributes) => boolean;
export type EdgePredicate = (edge: string, attributes: EdgeAttributes) => boolean;
/** The settings a caller may give; anything left out takes its default. */
export type GraphViewOptions = Partial<GraphViewSettings>;
export type { GraphViewSettings } from './graph-view-settings';

/** How faint the edges and captions outside the focus are drawn while a node is in focus. */
const FADED_EDGES = 0.35;
const FADED_LABELS = 0.3;

type NodeDisplay = Partial<NodeDisplayData> & ShapedNodeData & FocusFlags & NodeAttributes;
type EdgeDisplay = Partial<EdgeDisplayData> & EdgeAttributes & { curvature?: number };

export class GraphView {
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  private settings: GraphViewSettings;
  private theme: RenderTheme;
  private selected: string | null = null;
  private hovered: string | null = null;
  /** The nodes drawn undimmed while a node is in focus (it and its neighbours), and its edges. */
  private focusNodes = new Set<string>();
  private focusEdges = new Set<string>();
  /** The neighbours of the focus that get a caption (at most `focusCaptionsMax`, the biggest first). */
  private focusCaptions = new Set<string>();
  private nodeFilter: NodePredicate | null = null;
  private edgeFilter: EdgePredicate | null = null;
  private large: boolean;
  private curvatures = new Map<string, number>();
  /** Graph changes come in bursts (a query adds hundreds of nodes): handle them once, after the burst. */
  private readonly scheduleGraphChange = batchInMicrotask(() => {
    this.computeFocus();
    this.applyLevelOfDetail();
  });
  private readonly captions = new CaptionLayout();
  private coveredAreas: () => readonly Rect[] = () => [];
  private readonly detach: (() => void)[] = [];

  constructor(
    private readonly container: HTMLElement,
    readonly graph: ViewGraph,
    settings: GraphViewOptions = {},
  ) {
    this.settings = resolveGraphViewSettings(settings);
    this.theme = themeOf(this.settings);
    this.large = this.isLarge();
    this.showLevelOfDetail();
    if (!this.large) this.curvatures = parallelEdgeCurvatures(graph);
    const gateEdgeLabel =
      (draw: EdgeLabelDrawingFunction): EdgeLabelDrawingFunction =>
      (context, edge, ...rest) => {
        // Sigma draws its first frame inside its constructor, before `this.sigma` is set.
        const ratio = (this.sigma as Sigma | undefined)?.getCamera().ratio ?? 1;
        if (edge.forceLabel || ratio < this.settings.edgeLabelsBelowRatio) draw(context, edge, ...rest);
      };
    const listenersBefore = nodeUpdateListeners(graph);
    const curvedArrow = createEdgeCurveProgram({
      arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
      drawLabel: gateEdgeLabel(createDrawCurvedEdgeLabel(DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS)),
    });
    this.sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
      allowInvalidContainer: true,
      ...this.levelOfDetail(),
      enableEdgeEvents: false,
      labelDensity: 0.6,
      labelGridCellSize: 110,
      labelRenderedSizeThreshold: this.settings.labelRenderedSizeThreshold,
      // Room around the drawing for captions, which extend to the right of their nodes.
      stagePadding: 60,
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      defaultEdgeType: 'line',
      defaultNodeType: 'shape',
      defaultEdgeColor: this.theme.edge,
      nodeProgramClasses: {
        shape: createNodeShapesProgram({
          active: () => this.focusNodes.size > 0,
          color: () => this.theme.dimmed,
        }) as NodeProgramType<NodeAttributes, EdgeAttributes>,
      },
      edgeProgramClasses: {
        line: EdgeRectangleProgram as EdgeProgramType<NodeAttributes, EdgeAttributes>,
        hairline: EdgeLineProgram as EdgeProgramType<NodeAttributes, EdgeAttributes>,
        arrow: EdgeArrowProgram as EdgeProgramType<NodeAttributes, EdgeAttributes>,
        curved: curvedArrow as EdgeProgramType<NodeAttributes, EdgeAttributes>,
        dashed: DashedArrowProgram,
        dashedLine: DashedEdgeProgram,
      },
      defaultDrawNodeLabel: ((_context, data) => {
        if (this.large && !data.forceLabel && data.size < this.settings.largeGraphLabelThreshold) return;
        // Sigma passes the node key with its display data; its type leaves the key out.
        this.captions.propose(data as typeof data & { key: string });
      }) as NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes>,
      defaultDrawNodeHover: createDrawNodeHover(() => this.theme) as NodeHoverDrawingFunction<
        NodeAttributes,
        EdgeAttributes
      >,
      defaultDrawEdgeLabel: gateEdgeLabel(drawStraightEdgeLabel) as EdgeLabelDrawingFunction<
        NodeAttributes,
        EdgeAttributes
      >,
      labelColor: { color: this.theme.label },
      edgeLabelColor: { color: this.theme.edgeLabel },
      edgeLabelSize: 11,
      nodeReducer: (node, data) => this.reduceNode(node, data as NodeDisplay),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data as EdgeDisplay),
    });
    this.detach.push(takeOverMoves(graph, this.sigma, listenersBefore));
    this.detach.push(redrawOnResize(container, this.sigma));
    this.listen();
  }

  /** Marks one node as selected (outlined, caption always shown), or none. */
  setSelectedNode(node: string | null): void {
    if (node === this.selected) return;
    const previous = this.selected;
    this.selected = node;
    this.updateFocus([previous, node]);
  }

  /** Hides nodes and edges for which a predicate answers false (null shows everything). */
  setFilters(filters: { node: NodePredicate | null; edge: EdgePredicate | null }): void {
    this.nodeFilter = filters.node;
    this.edgeFilter = filters.edge;
    this.sigma.refresh();
  }

  setTheme(name: ThemeName): void {
    this.setSetting('theme', name);
  }

  /** Changes one setting, validated like the constructor's, and redraws what it affects. */
  setSetting<K extends keyof GraphViewSettings>(key: K, value: GraphViewSettings[K]): void {
    const next = { ...this.settings, [key]: value };
    validateGraphViewSettings(next);
    this.settings = next;
    this.theme = themeOf(next);
    this.sigma.setSetting('labelColor', { color: this.theme.label });
    this.sigma.setSetting('edgeLabelColor', { color: this.theme.edgeLabel });
    this.sigma.setSetting('defaultEdgeColor', this.theme.edge);
    this.sigma.setSetting('labelRenderedSizeThreshold', next.labelRenderedSizeThreshold);
    this.applyLevelOfDetail(true);
  }

  getSettings(): Readonly<GraphViewSettings> {
    return this.settings;
  }

  /** Whether the graph is drawn at the lower level of detail (see GraphViewSettings.largeGraphNodes). */
  get isLargeGraph(): boolean {
    return this.large;
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

  /**
   * Tells the view what covers parts of it (toolbars, drawers), in pixels from its top-left corner, asked at each
   * frame: captions are never drawn there.
   */
  setCoveredAreas(areas: () => readonly Rect[]): void {
    this.coveredAreas = areas;
    this.sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
  }

  /** The captions of the last frame and where they were drawn (the most important first). */
  drawnCaptions(): readonly PlacedCaption[] {
    return this.captions.lastPlaced;
  }

  private listen(): void {
    this.sigma.on('beforeRender', () => this.captions.reset());
    this.sigma.on('afterRender', () => {
      const context = this.sigma.getCanvases().labels?.getContext('2d');
      if (!context) return;
      const colors = { text: this.theme.label, halo: this.theme.background };
      const font = {
        labelSize: this.sigma.getSetting('labelSize'),
        labelWeight: this.sigma.getSetting('labelWeight'),
        labelFont: this.sigma.getSetting('labelFont'),
      };
      // What covers the view is read from the page (layout reads): only for a frame that has captions to place, so a
      // large graph's frames while the camera moves (no captions) ask nothing of the page.
      const covered = this.captions.hasProposals ? this.coveredAreas() : [];
      this.captions.draw(context, font, colors, covered, this.sigma.getDimensions());
    });
    this.sigma.on('enterNode', ({ node }) => this.setHovered(node));
    this.sigma.on('leaveNode', () => this.setHovered(null));
    const onGraphChanged = () => this.scheduleGraphChange();
    for (const event of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared', 'edgesCleared'] as const) {
      this.graph.on(event, onGraphChanged);
      this.detach.push(() => this.graph.off(event, onGraphChanged));
    }
  }

  private isLarge(): boolean {
    return this.graph.order >= this.settings.largeGraphNodes || this.graph.size >= this.settings.largeGraphEdges;
  }

  /** Sigma's settings that follow the level of detail. */
  private levelOfDetail(): Pick<SigmaSettings, 'hideEdgesOnMove' | 'hideLabelsOnMove' | 'renderEdgeLabels'> {
    // Sigma's edge labels look at every edge on every frame, so large graphs go without them.
    return { hideEdgesOnMove: this.large, hideLabelsOnMove: this.large, renderEdgeLabels: !this.large };
  }

  /** `data-detail` on the container, `low` or `full`: for page styles, and for tests to wait on. */
  private showLevelOfDetail(): void {
    this.container.dataset.detail = this.large ? 'low' : 'full';
  }

  /** Re-reads the level of detail; sigma's settings change (a full refresh each) only when it does, or when forced. */
  private applyLevelOfDetail(force = false): void {
    const large = this.isLarge();
    const changed = large !== this.large;
    this.large = large;
    this.curvatures = large ? new Map() : parallelEdgeCurvatures(this.graph);
    if (changed) {
      this.showLevelOfDetail();
      for (const [key, value] of Object.entries(this.levelOfDetail())) {
        this.sigma.setSetting(key as keyof SigmaSettings, value as never);
      }
    }
    if (changed || force || !large) this.sigma.refresh();
  }

  private setHovered(node: string | null): void {
    const previous = this.hovered;
    this.hovered = node;
    this.updateFocus([previous, node]);
  }

  /**
   * Recomputes the focus (the hovered node, else the selected one) and rewrites only what changed: the nodes and
   * edges of the old and new neighbourhoods, and the nodes whose own state changed.
   */
  private updateFocus(touched: (string | null)[]): void {
    const before = { nodes: this.focusNodes, edges: this.focusEdges, captions: this.focusCaptions };
    this.computeFocus();
    const nodes = new Set<string>([...before.nodes, ...this.focusNodes]);
    for (const node of touched) if (node !== null) nodes.add(node);
    const edges = new Set<string>([...before.edges, ...this.focusEdges]);
    const faded = this.focusNodes.size > 0;
    const canvases = this.sigma.getCanvases();
    if (canvases.edges) canvases.edges.style.opacity = faded ? String(FADED_EDGES) : '';
    if (canvases.labels) canvases.labels.style.opacity = faded ? String(FADED_LABELS) : '';
    const present = [...nodes].filter((node) => this.graph.hasNode(node));
    try {
      this.sigma.refresh({ partialGraph: { nodes: present, edges: [...edges] }, skipIndexation: true });
    } catch {
      // Nodes added since the last frame are not in sigma's programs yet: draw everything once instead.
      this.sigma.refresh();
    }
  }

  private computeFocus(): void {
    const focus = [this.hovered, this.selected].find((node) => node !== null && this.graph.hasNode(node)) ?? null;
    this.focusNodes = new Set();
    this.focusEdges = new Set();
    this.focusCaptions = new Set();
    if (focus === null) return;
    this.focusNodes.add(focus);
    const neighbours: string[] = [];
    this.graph.forEachEdge(focus, (edge, _attributes, source, target) => {
      this.focusEdges.add(edge);
      const other = source === focus ? target : source;
      if (!this.focusNodes.has(other)) {
        this.focusNodes.add(other);
        neighbours.push(other);
      }
    });
    const max = this.settings.focusCaptionsMax;
    const captioned =
      neighbours.length <= max
        ? neighbours
        : neighbours
            .map((node) => ({ node, size: this.graph.getNodeAttribute(node, 'size') }))
            .sort((a, b) => b.size - a.size)
            .slice(0, max)
            .map(({ node }) => node);
    this.focusCaptions = new Set(captioned);
  }

  // Sigma hands the reducers a fresh shallow copy of the attributes: they write into it instead of copying again.
  private reduceNode(node: string, display: NodeDisplay): Partial<NodeDisplayData> {
    const style = styleInPalette(this.settings.palette, display.labels) ?? this.settings.defaultNodeStyle;
    display.shape = style.shape;
    if (!display.color) display.color = style.color;
    const max = this.settings.maxCaptionLength;
    if (display.label && display.label.length > max) display.label = `${display.label.slice(0, max - 1)}…`;
    if (this.nodeFilter && !this.nodeFilter(node, display)) {
      display.hidden = true;
      return display;
    }
    if (this.focusNodes.has(node)) {
      display.inFocus = true;
      if (node === this.selected || node === this.hovered) {
        Object.assign(display, { focusCentre: true, highlighted: true, forceLabel: true });
      } else if (this.focusCaptions.has(node)) {
        Object.assign(display, { highlighted: true, forceLabel: true });
      }
    } else if (node === this.selected) {
      Object.assign(display, { focusCentre: true, highlighted: true, forceLabel: true });
    }
    return display;
  }

  private reduceEdge(edge: string, display: EdgeDisplay): Partial<EdgeDisplayData> {
    const dashed = this.settings.dashedRelationships.includes(display.relType);
    if (!this.large) {
      const curvature = this.curvatures.get(edge);
      display.type = curvature === undefined ? (dashed ? 'dashed' : 'arrow') : 'curved';
      if (curvature !== undefined) display.curvature = curvature;
    } else if (dashed) {
      display.type = 'dashedLine';
    } else if (!this.focusEdges.has(edge)) {
      // One-pixel GL lines: a large graph's edges are hairlines at any zoom, and a software rasteriser pays for every
      // pixel of the wider antialiased quads (random 50k graph under llvmpipe: first render 1.3 s against bare Sigma's
      // 3.1 s, which ours had matched). Edges in focus keep their width.
      display.type = 'hairline';
    }
    if (this.edgeFilter && !this.edgeFilter(edge, display)) {
      display.hidden = true;
      return display;
    }
    if (!display.label) display.label = display.relType;
    const typeColor = this.settings.relationshipColors[display.relType];
    if (typeColor) display.color = typeColor;
    if (this.focusEdges.has(edge)) {
      // A relationship drawn in its own colour keeps it in focus; its stored note, if any, joins its caption.
      if (!typeColor) display.color = this.theme.focusEdge;
      display.forceLabel = true;
      display.size = (display.size ?? 1) * 1.5;
      const note = (display.properties as Record<string, unknown> | undefined)?.note;
      if (typeof note === 'string' && note.trim()) display.label = `${display.relType}: ${shortNote(note.trim())}`;
    }
    return display;
  }
}

/** An edge's note as its caption's second half: short enough to stay on screen. */
function shortNote(note: string, length = 70): string {
  return note.length > length ? `${note.slice(0, length - 1)}…` : note;
}
