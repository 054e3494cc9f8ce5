// The graph domain: the graph in the view, its undo history and how far each node was expanded (state); expanding,
// collapsing, removing, undoing, revealing a node and showing a query's graph (actions). Placement and layout of
// new nodes go through the layout domain, so nodes already in the view keep their place.
import type { ApiClient, NeighborsOptions } from '../../api/api-client';
import { ApiError } from '../../api/api-error';
import type { GraphNode, GraphPayload, NeighborsResponse } from '../../api/api-contract';
import { attempt, failure, type ActionResult, type Failure } from '../action-result';
import { isAggregateNode } from './aggregate-payload';
import { NARROW_DOWN } from './narrow-down';
import type { LayoutDomain } from '../layout/layout-domain';
import { placeAround, placeNearNeighbours } from '../layout/place-new-nodes';
import type { NoticesDomain } from '../notices/notices-domain';
import type { SelectionDomain } from '../selection/selection-domain';
import { atom } from '../state/atom';
import { leavesOf } from './collapse-node';
import { EXPAND_PAGE, type Expansion } from './expansion';
import type { ExplorerGraph } from './explorer-graph';
import { GraphHistory } from './graph-history';
import { loadPayload } from './load-payload';
import { mergePayload } from './merge-payload';

/** What the graph domain needs from the graph view to move the camera; the view itself stays app-agnostic. */
export interface CameraControl {
  focusNode(node: string): Promise<void>;
  /** The view's size in pixels, which a fresh picture is laid out to fit. */
  viewportSize?(): { width: number; height: number };
}

/** How many neighbours are fetched to link a revealed node to what is already in the view. */
const REVEAL_LINKS = 100;

export interface GraphDomainDependencies {
  api: ApiClient;
  layout: LayoutDomain;
  selection: SelectionDomain;
  notices: NoticesDomain;
}

export class GraphDomain {
  readonly data: ExplorerGraph;
  readonly expansions = atom<ReadonlyMap<string, Expansion>>(new Map());
  /** Undo restores the graph and, with it, how far each node was expanded, so "more" resumes from the right page. */
  readonly history: GraphHistory<ReadonlyMap<string, Expansion>>;
  camera: CameraControl | null = null;
  private readonly api: ApiClient;
  private readonly layout: LayoutDomain;
  private readonly selection: SelectionDomain;
  private readonly notices: NoticesDomain;

  constructor(data: ExplorerGraph, dependencies: GraphDomainDependencies) {
    this.data = data;
    ({ api: this.api, layout: this.layout, selection: this.selection, notices: this.notices } = dependencies);
    this.history = new GraphHistory(data, 20, {
      capture: () => this.expansions.get(),
      restore: (expansions) => this.expansions.set(expansions),
    });
  }

  /** A node's caption in the view, or its id when it is not in the view. */
  caption(node: string): string {
    return this.data.hasNode(node) ? this.data.getNodeAttribute(node, 'label') : node;
  }

  /** Replaces the view with a query's graph (laid out afresh) or adds it (new nodes near their neighbours). */
  async showPayload(payload: GraphPayload, mode: 'replace' | 'add', description: string): Promise<void> {
    // Filling an empty view (the first query of a page) is not a change to undo: undoing it would only empty it.
    if (this.data.order > 0 && (payload.nodes.length > 0 || mode === 'replace')) {
      this.history.record(mode === 'replace' ? `${description} (replaced the view)` : description, {
        replacesGraph: mode === 'replace',
      });
    }
    if (mode === 'replace') {
      this.layout.stop();
      this.expansions.set(new Map());
      loadPayload(this.data, payload);
      await this.layout.settle('initial', undefined, this.camera?.viewportSize?.());
      return;
    }
    const before = new Set(this.data.nodes());
    const { addedNodes } = mergePayload(this.data, payload);
    const unplaced = new Set(addedNodes);
    for (const node of addedNodes) {
      unplaced.delete(node);
      placeNearNeighbours(this.data, node, unplaced);
    }
    await this.layout.settle('expansion', before);
  }

  /** Adds a page of a node's neighbours around it, leaving every node already in the view where it is. */
  async expand(node: string, page: 'first' | 'more' = 'first'): Promise<ActionResult<{ added: number }>> {
    if (isAggregateNode(node)) {
      this.notices.info(`${this.caption(node)} stands for many nodes: ${NARROW_DOWN}`);
      return { ok: true, added: 0 };
    }
    const previous = this.expansions.get().get(node);
    const skip = page === 'more' && previous ? previous.shown : 0;
    try {
      const payload = await this.api.neighbors(node, { limit: EXPAND_PAGE, skip });
      const before = new Set(this.data.nodes());
      this.history.record(`expand ${this.caption(node)}`);
      if (!this.data.hasNode(node)) {
        mergePayload(this.data, { nodes: payload.nodes.filter((n) => n.id === node), edges: [] });
        placeNearNeighbours(this.data, node);
      }
      const { addedNodes } = mergePayload(this.data, payload);
      placeAround(this.data, node, addedNodes);
      const shown = skip + payload.meta.returned;
      this.expansions.set((map) => new Map(map).set(node, { shown, total: payload.meta.total }));
      const more = payload.meta.total - shown;
      this.notices.info(
        addedNodes.length === 0
          ? `No new neighbours for ${this.caption(node)}.`
          : `Added ${addedNodes.length} neighbours of ${this.caption(node)}${more > 0 ? `; ${more} more` : ''}.`,
      );
      await this.layout.settle('expansion', before);
      return { ok: true, added: addedNodes.length };
    } catch (error) {
      return this.failed(error);
    }
  }

  /** Removes the neighbours that hang only on this node; answers how many went. */
  collapse(node: string): number {
    if (!this.data.hasNode(node)) return 0;
    const leaves = leavesOf(this.data, node);
    if (leaves.length === 0) {
      this.notices.info(`${this.caption(node)} has no neighbours that hang only on it.`);
      return 0;
    }
    this.history.record(`collapse ${this.caption(node)}`);
    for (const leaf of leaves) this.data.dropNode(leaf);
    this.expansions.set((map) => {
      const next = new Map(map);
      next.delete(node);
      return next;
    });
    this.notices.info(`Removed ${leaves.length} nodes around ${this.caption(node)}.`);
    return leaves.length;
  }

  remove(node: string): void {
    if (!this.data.hasNode(node)) return;
    this.history.record(`remove ${this.caption(node)}`);
    this.data.dropNode(node);
    this.selection.clearIf(node);
  }

  /** Reverts the last change; with nothing to undo it does nothing at all (no notice replaces the one shown). */
  undo(): void {
    if (this.history.undoable.get() === null) return;
    this.layout.stop();
    const undone = this.history.undo();
    if (undone) this.notices.info(`Undid: ${undone}.`);
    this.selection.keepOnly((node) => this.data.hasNode(node));
  }

  /** Selects a node and centres it, first adding it (with its links to nodes in the view) when it is absent. */
  async reveal(node: string, options: { focus?: boolean } = {}): Promise<ActionResult> {
    if (!this.data.hasNode(node)) {
      try {
        const payload = await this.api.neighbors(node, { limit: REVEAL_LINKS });
        const self = payload.nodes.find((n) => n.id === node);
        if (!self) throw new ApiError('NOT_FOUND', `No node has the id "${node}".`, 404);
        this.history.record(`add ${self.caption}`);
        const present = new Set(this.data.nodes());
        mergePayload(this.data, {
          nodes: [self],
          edges: payload.edges.filter((e) => present.has(e.source === node ? e.target : e.source)),
        });
        placeNearNeighbours(this.data, node);
      } catch (error) {
        return this.failed(error);
      }
    }
    this.selection.select(node);
    // Not awaited: the camera glides on its own, and animations stall in a tab that is not shown.
    if (options.focus !== false) void this.camera?.focusNode(node);
    return { ok: true };
  }

  /** Centres the camera on a node in the view. */
  centre(node: string): void {
    void this.camera?.focusNode(node);
  }

  /** A node as the API describes it: from the view when it is there, otherwise from the server. */
  async node(id: string): Promise<ActionResult<{ node: GraphNode }>> {
    if (this.data.hasNode(id)) {
      const a = this.data.getNodeAttributes(id);
      return { ok: true, node: { id, labels: a.labels, caption: a.label, properties: a.properties } };
    }
    return attempt(async () => ({ node: (await this.api.node(id)).node }));
  }

  /** A node's neighbours as the server has them, without adding them to the view (for the inspector's lists). */
  async neighbours(id: string, options: NeighborsOptions): Promise<ActionResult<{ payload: NeighborsResponse }>> {
    return attempt(async () => ({ payload: await this.api.neighbors(id, options) }));
  }

  private failed(error: unknown): Failure {
    const result = failure(error);
    this.notices.error(result.error);
    return result;
  }
}
