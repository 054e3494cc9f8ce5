// The explorer's core: the graph in the view and the state of every domain (selection, filters, sizing, layout,
// queries, database), with the actions views call. It knows nothing of the DOM; views subscribe to its atoms.
import { ApiError, type ApiClient } from '../../api/api-client';
import type { CypherResult, SchemaResponse } from '../../api/api-contract';
import { applyNodeSizing, DEFAULT_SIZING, type NodeSizing } from '../appearance/node-sizing';
import type { DatabaseStatus } from '../database/database-status';
import { NO_FILTERS, type FiltersState } from '../filters/filters-state';
import { aggregatePayload, isAggregateNode, VIEW_NODE_CAP } from '../graph/aggregate-payload';
import { leavesOf } from '../graph/collapse-node';
import { createExplorerGraph, type ExplorerGraph } from '../graph/explorer-graph';
import { GraphHistory } from '../graph/graph-history';
import { loadPayload } from '../graph/load-payload';
import { mergePayload } from '../graph/merge-payload';
import { layoutById, type LayoutId, type RunningLayout } from '../layout/layout-registry';
import type { LayoutState } from '../layout/layout-state';
import { placeAround, placeNearNeighbours } from '../layout/place-new-nodes';
import { iterationsFor, runFa2Iterations } from '../layout/run-fa2-iterations';
import { describeQuery, INITIAL_QUERY, type CurrentQuery } from '../queries/current-query';
import type { QueryRun, ResultMode } from '../queries/query-run';
import { NO_SELECTION, type Selection } from '../selection/selection-state';
import { atom } from '../state/atom';
import { EXPAND_PAGE, type Expansion } from './expansion';
import type { Notice } from './notice';

/** What the explorer needs from the graph view to move the camera; the view itself stays app-agnostic. */
export interface CameraControl {
  focusNode(node: string): Promise<void>;
  /** The view's size in pixels, which a fresh picture is laid out to fit. */
  viewportSize?(): { width: number; height: number };
}

const NARROW_DOWN =
  'search for one of them and expand it, or run a narrower query (a WHERE on a property, a smaller LIMIT).';

function tooBig(nodes: number, what: string): string {
  return `The answer has ${nodes.toLocaleString('en')} nodes, more than the view draws at once (${VIEW_NODE_CAP.toLocaleString('en')}), so it is ${what}. To see nodes, ${NARROW_DOWN}`;
}

export class Explorer {
  readonly graph: ExplorerGraph = createExplorerGraph();
  /** Undo restores the graph and, with it, how far each node was expanded, so "more" resumes from the right page. */
  readonly history = new GraphHistory<ReadonlyMap<string, Expansion>>(this.graph, 20, {
    capture: () => this.expansions.get(),
    restore: (expansions) => this.expansions.set(expansions),
  });
  readonly selection = atom<Selection>(NO_SELECTION);
  readonly filters = atom<FiltersState>(NO_FILTERS);
  readonly sizing = atom<NodeSizing>(DEFAULT_SIZING);
  readonly layout = atom<LayoutState>({ type: 'idle' });
  readonly currentQuery = atom<CurrentQuery>(INITIAL_QUERY);
  readonly queryRun = atom<QueryRun>({ type: 'idle' });
  readonly database = atom<DatabaseStatus>({ type: 'unknown' });
  readonly schema = atom<SchemaResponse | null>(null);
  readonly expansions = atom<ReadonlyMap<string, Expansion>>(new Map());
  readonly notice = atom<Notice | null>(null);
  camera: CameraControl | null = null;
  private running: RunningLayout | null = null;
  private sizingScheduled = false;

  constructor(readonly api: ApiClient) {
    api.onError((error) => {
      if (error.isDatabaseUnavailable) this.database.set({ type: 'unavailable', message: error.message });
    });
    for (const event of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared'] as const) {
      this.graph.on(event, () => this.scheduleSizing());
    }
    this.sizing.subscribe(() => applyNodeSizing(this.graph, this.sizing.get()));
  }

  /** Checks the database and loads the schema (legend counts, filters, editor completion). */
  async checkDatabase(): Promise<boolean> {
    const health = await this.api.health();
    if (!health.neo4j.connected) {
      this.database.set({
        type: 'unavailable',
        message: 'The database is not answering. The explorer retries when you ask; nothing you did is lost.',
      });
      return false;
    }
    this.database.set({ type: 'available', version: health.neo4j.version });
    this.api.schema().then(
      (schema) => this.schema.set(schema),
      () => undefined,
    );
    return true;
  }

  /** Runs a saved query or Cypher; its graph replaces the view or is added to it. Rows stay in `queryRun`. */
  async runQuery(query: CurrentQuery, mode: ResultMode = 'replace'): Promise<CypherResult | null> {
    this.queryRun.set({ type: 'running', query });
    let result: CypherResult;
    try {
      result =
        query.type === 'saved'
          ? await this.api.runSavedQuery(query.id, query.params)
          : await this.api.runCypher(query.query, query.params);
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError('INTERNAL', String(error), 0);
      this.queryRun.set({ type: 'failed', query, error: apiError });
      return null;
    }
    // Never everything: an answer above the cap is drawn as one node per label, and the notice says how to narrow it.
    const capped = result.graph.nodes.length > VIEW_NODE_CAP;
    const drawn = capped ? aggregatePayload(result.graph) : result.graph;
    if (capped && mode === 'add') {
      this.queryRun.set({ type: 'done', query, result, mode });
      this.notice.set({ type: 'info', text: tooBig(result.graph.nodes.length, 'not added to the view') });
      return result;
    }
    if (drawn.nodes.length > 0 || mode === 'replace') {
      this.history.record(mode === 'replace' ? `${describeQuery(query)} (replaced the view)` : describeQuery(query), {
        replacesGraph: mode === 'replace',
      });
    }
    if (mode === 'replace') {
      this.stopLayout();
      this.expansions.set(new Map());
      loadPayload(this.graph, drawn);
      this.currentQuery.set(query);
      await this.settle('initial');
    } else {
      const before = new Set(this.graph.nodes());
      const { addedNodes } = mergePayload(this.graph, drawn);
      const unplaced = new Set(addedNodes);
      for (const node of addedNodes) {
        unplaced.delete(node);
        placeNearNeighbours(this.graph, node, unplaced);
      }
      await this.settle('expansion', before);
    }
    this.queryRun.set({ type: 'done', query, result, mode });
    const truncated = result.summary.truncated ? ' (truncated: the query returned more than the server sends)' : '';
    this.notice.set({
      type: 'info',
      text: capped
        ? tooBig(result.graph.nodes.length, 'shown as one node per label')
        : `${result.graph.nodes.length} nodes, ${result.rows.length} rows${truncated}`,
    });
    return result;
  }

  /** Adds a page of a node's neighbours around it, leaving every node already in the view where it is. */
  async expand(node: string, page: 'first' | 'more' = 'first'): Promise<void> {
    if (isAggregateNode(node)) {
      this.notice.set({ type: 'info', text: `${this.caption(node)} stands for many nodes: ${NARROW_DOWN}` });
      return;
    }
    const previous = this.expansions.get().get(node);
    const skip = page === 'more' && previous ? previous.shown : 0;
    try {
      const payload = await this.api.neighbors(node, { limit: EXPAND_PAGE, skip });
      const before = new Set(this.graph.nodes());
      this.history.record(`expand ${this.caption(node)}`);
      if (!this.graph.hasNode(node)) {
        const self = payload.nodes.filter((n) => n.id === node);
        mergePayload(this.graph, { nodes: self, edges: [] });
        placeNearNeighbours(this.graph, node);
      }
      const { addedNodes } = mergePayload(this.graph, payload);
      placeAround(this.graph, node, addedNodes);
      const shown = skip + payload.meta.returned;
      this.expansions.set((map) => new Map(map).set(node, { shown, total: payload.meta.total }));
      const more = payload.meta.total - shown;
      this.notice.set({
        type: 'info',
        text:
          addedNodes.length === 0
            ? `No new neighbours for ${this.caption(node)}.`
            : `Added ${addedNodes.length} neighbours of ${this.caption(node)}${more > 0 ? `; ${more} more` : ''}.`,
      });
      await this.settle('expansion', before);
    } catch (error) {
      this.report(error);
    }
  }

  /** Removes the neighbours that hang only on this node. */
  collapse(node: string): void {
    if (!this.graph.hasNode(node)) return;
    const leaves = leavesOf(this.graph, node);
    if (leaves.length === 0) {
      this.notice.set({ type: 'info', text: `${this.caption(node)} has no neighbours that hang only on it.` });
      return;
    }
    this.history.record(`collapse ${this.caption(node)}`);
    for (const leaf of leaves) this.graph.dropNode(leaf);
    this.expansions.set((map) => {
      const next = new Map(map);
      next.delete(node);
      return next;
    });
    this.notice.set({ type: 'info', text: `Removed ${leaves.length} nodes around ${this.caption(node)}.` });
  }

  remove(node: string): void {
    if (!this.graph.hasNode(node)) return;
    this.history.record(`remove ${this.caption(node)}`);
    this.graph.dropNode(node);
    this.clearSelectionIf(node);
  }

  undo(): void {
    this.stopLayout();
    const undone = this.history.undo();
    this.notice.set({ type: 'info', text: undone ? `Undid: ${undone}.` : 'Nothing to undo.' });
    const selection = this.selection.get();
    if (selection.type === 'node' && !this.graph.hasNode(selection.id)) this.selection.set(NO_SELECTION);
  }

  select(node: string | null): void {
    this.selection.set(node ? { type: 'node', id: node } : NO_SELECTION);
  }

  /** Selects a node and centres it, first adding it (with its links to nodes in the view) when it is absent. */
  async reveal(node: string, options: { focus?: boolean } = {}): Promise<void> {
    if (!this.graph.hasNode(node)) {
      try {
        const payload = await this.api.neighbors(node, { limit: 100 });
        const self = payload.nodes.find((n) => n.id === node);
        if (!self) throw new ApiError('NOT_FOUND', `No node has the id "${node}".`, 404);
        this.history.record(`add ${self.caption}`);
        const present = new Set(this.graph.nodes());
        mergePayload(this.graph, {
          nodes: [self],
          edges: payload.edges.filter((e) => present.has(e.source === node ? e.target : e.source)),
        });
        placeNearNeighbours(this.graph, node);
      } catch (error) {
        this.report(error);
        return;
      }
    }
    this.select(node);
    // Not awaited: the camera glides on its own, and animations stall in a tab that is not shown.
    if (options.focus !== false) void this.camera?.focusNode(node);
  }

  startLayout(id: LayoutId): void {
    const layout = layoutById(id);
    if (!layout) return;
    this.stopLayout();
    if (layout.kind === 'once') {
      layout.run(this.graph);
      return;
    }
    this.layout.set({ type: 'running', layout: id });
    this.running = layout.start(this.graph, () => {
      this.running = null;
      this.layout.set({ type: 'idle' });
    });
  }

  stopLayout(): void {
    this.running?.stop();
    this.running = null;
    if (this.layout.get().type === 'running') this.layout.set({ type: 'idle' });
  }

  report(error: unknown): void {
    if (error instanceof ApiError) this.notice.set({ type: 'error', text: error.message, code: error.code });
    else this.notice.set({ type: 'error', text: error instanceof Error ? error.message : String(error) });
  }

  caption(node: string): string {
    return this.graph.hasNode(node) ? this.graph.getNodeAttribute(node, 'label') : node;
  }

  /** Runs ForceAtlas2 for a fixed number of iterations in a worker; after an expansion only new nodes move. */
  private async settle(reason: 'initial' | 'expansion', fixed?: ReadonlySet<string>): Promise<void> {
    applyNodeSizing(this.graph, this.sizing.get());
    this.layout.set({ type: 'settling', reason });
    try {
      const iterations = reason === 'initial' ? iterationsFor(this.graph.order) : 120;
      const viewport = reason === 'initial' ? this.camera?.viewportSize?.() : undefined;
      await runFa2Iterations(this.graph, {
        iterations,
        fixed,
        separateClusters: reason === 'initial',
        fit: viewport && { width: viewport.width - 160, height: viewport.height - 120, margin: 6 },
      });
    } finally {
      this.layout.set({ type: 'idle' });
    }
  }

  private scheduleSizing(): void {
    if (this.sizingScheduled) return;
    this.sizingScheduled = true;
    queueMicrotask(() => {
      this.sizingScheduled = false;
      applyNodeSizing(this.graph, this.sizing.get());
    });
  }

  private clearSelectionIf(node: string): void {
    const selection = this.selection.get();
    if (selection.type === 'node' && selection.id === node) this.selection.set(NO_SELECTION);
  }
}
