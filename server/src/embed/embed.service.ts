// Resolves an embed request into the view it shows: the base graph (a node's neighbourhood, a claim's provenance or
// a saved query's result, run through the same services and checks as the API), the nodes expanded on top of it, the
// sources of what is shown, and the link to the full explorer. Also answers oEmbed for embed and explorer addresses.
import type { QueryTarget } from '../db/query-target';
import type { Driver } from 'neo4j-driver';
import type { ClaimsService } from '../claims/claims.service';
import { NotFoundError } from '../errors/app-errors';
import type { GraphPayload } from '../graph/graph-payload.schema';
import { parseInput } from '../http/parse-input';
import type { NodesService } from '../nodes/nodes.service';
import type { QueriesService } from '../queries/queries.service';
import { readSources } from './embed.repository';
import {
  DEFAULT_GRAPH_HEIGHT,
  EMBED_EXPAND_PAGE,
  embedQuerySchema,
  type EmbedQuery,
  type EmbedSource,
  type EmbedView,
  type OEmbedResponse,
} from './embed.schema';

/** Sources listed in an embed's footer; the rest are counted. */
const FOOTER_SOURCES = 8;
const DEFAULT_WIDTH = 640;
/** Height of an embed's title and footer, added to the graph's for a frame without embed.js to fit it. */
export const EMBED_CHROME_HEIGHT = 100;
export const PROVIDER_NAME = 'Knowledge-graph explorer';

export class EmbedService {
  constructor(
    private readonly driver: Driver,
    private readonly nodes: NodesService,
    private readonly claims: ClaimsService,
    private readonly queries: QueriesService,
    private readonly target: QueryTarget,
  ) {}

  async view(query: EmbedQuery, origin: string): Promise<EmbedView> {
    const base = await this.base(query);
    const graph = base.graph;
    for (const id of query.expand ?? []) {
      mergeInto(graph, await this.nodes.neighbors(id, { limit: EMBED_EXPAND_PAGE, skip: 0 }));
    }
    const ids = graph.nodes.map((node) => node.id);
    const { sources, total } = await this.sources(ids, FOOTER_SOURCES);
    const selected = query.select && ids.includes(query.select) ? query.select : null;
    return {
      kind: base.kind,
      title: query.title?.trim() || base.title,
      theme: query.theme,
      legend: query.legend === '1',
      graphHeight: query.height,
      graph,
      focus: base.focus,
      selected,
      filters: {
        hiddenLabels: query.hide ?? [],
        hiddenTypes: query.hideRel ?? [],
        from: query.from ?? null,
        to: query.to ?? null,
      },
      claim: base.claim,
      sources,
      sourcesTotal: total,
      explorerUrl: `${origin}/${explorerSearch(query)}`,
      positions: null,
    };
  }

  sources(ids: readonly string[], limit: number): Promise<{ sources: EmbedSource[]; total: number }> {
    return readSources(this.driver, ids, limit, this.target);
  }

  /** oEmbed 1.0 "rich" for an /embed or explorer address of this server; anything else is not ours (404). */
  async oembed(url: string, origin: string, max: { maxwidth?: number; maxheight?: number }): Promise<OEmbedResponse> {
    const query = embedQueryFromUrl(url, origin);
    const view = await this.view(query, origin);
    const width = Math.min(DEFAULT_WIDTH, max.maxwidth ?? Infinity);
    // The graph's height plus room for the title and the sources line.
    const height = Math.min(query.height + EMBED_CHROME_HEIGHT, max.maxheight ?? Infinity);
    const src = `${origin}/embed${embedSearch(query)}`;
    return {
      version: '1.0',
      type: 'rich',
      title: view.title,
      provider_name: PROVIDER_NAME,
      provider_url: `${origin}/`,
      html:
        `<iframe src="${escapeAttribute(src)}" width="${width}" height="${height}" ` +
        `style="border:0;max-width:100%" title="${escapeAttribute(view.title)}" loading="lazy"></iframe>`,
      width,
      height,
      cache_age: 3_600,
    };
  }

  private async base(query: EmbedQuery): Promise<{
    kind: EmbedView['kind'];
    title: string;
    graph: GraphPayload;
    focus: string | null;
    claim: EmbedView['claim'];
  }> {
    if (query.claim) {
      const claim = await this.claims.get(query.claim);
      const neighbours = await this.nodes.neighbors(query.claim, { limit: 100, skip: 0 });
      return {
        kind: 'claim',
        title: `Claim: ${shorten(claim.text ?? query.claim, 90)}`,
        graph: { nodes: neighbours.nodes, edges: neighbours.edges },
        focus: query.claim,
        claim,
      };
    }
    if (query.node) {
      const neighbours = await this.nodes.neighbors(query.node, { limit: query.limit, skip: 0, types: query.types });
      const self = neighbours.nodes.find((node) => node.id === query.node);
      return {
        kind: 'node',
        title: `${self?.caption ?? query.node} and its connections`,
        graph: { nodes: neighbours.nodes, edges: neighbours.edges },
        focus: query.node,
        claim: null,
      };
    }
    const id = query.query ?? '';
    // The same service and parameter checks as POST /api/queries/:id/run.
    const result = await this.queries.run(id, query.params ?? {});
    const saved = (await this.queries.list()).find((entry) => entry.id === id);
    return {
      kind: 'query',
      title: saved?.title ?? id,
      graph: result.graph,
      focus: null,
      claim: null,
    };
  }
}

function mergeInto(graph: GraphPayload, more: GraphPayload): void {
  const nodes = new Set(graph.nodes.map((node) => node.id));
  const edges = new Set(graph.edges.map((edge) => edge.id));
  for (const node of more.nodes) if (!nodes.has(node.id)) graph.nodes.push(node);
  for (const edge of more.edges) if (!edges.has(edge.id)) graph.edges.push(edge);
}

/** The view-state part of an address, shared by embeds and explorer links. */
function viewStateParams(query: EmbedQuery, params: URLSearchParams): void {
  if (query.expand?.length) params.set('expand', query.expand.join(','));
  if (query.hide?.length) params.set('hide', query.hide.join(','));
  if (query.hideRel?.length) params.set('hideRel', query.hideRel.join(','));
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
}

/** The explorer's address for the same view (a node or claim opens as the built-in "neighbourhood" query). */
export function explorerSearch(query: EmbedQuery): string {
  const params = new URLSearchParams();
  const root = query.node ?? query.claim;
  if (root) {
    params.set('query', 'neighbourhood');
    params.set('params', JSON.stringify(query.node ? { entityId: root, limit: query.limit } : { entityId: root }));
  } else if (query.query) {
    params.set('query', query.query);
    if (query.params && Object.keys(query.params).length > 0) params.set('params', JSON.stringify(query.params));
  }
  viewStateParams(query, params);
  const selected = query.select ?? root;
  if (selected) params.set('node', selected);
  return `?${params.toString()}`;
}

/** The canonical /embed search string of a parsed embed query (defaults left out). */
export function embedSearch(query: EmbedQuery): string {
  const params = new URLSearchParams();
  if (query.node) params.set('node', query.node);
  if (query.claim) params.set('claim', query.claim);
  if (query.query) params.set('query', query.query);
  if (query.params && Object.keys(query.params).length > 0) params.set('params', JSON.stringify(query.params));
  if (query.node && query.limit !== 50) params.set('limit', String(query.limit));
  if (query.types?.length) params.set('types', query.types.join(','));
  viewStateParams(query, params);
  if (query.select) params.set('select', query.select);
  if (query.theme !== 'auto') params.set('theme', query.theme);
  if (query.legend === '0') params.set('legend', '0');
  if (query.title) params.set('title', query.title);
  if (query.height !== DEFAULT_GRAPH_HEIGHT) params.set('height', String(query.height));
  return `?${params.toString()}`;
}

/**
 * Reads an address given to oEmbed: an /embed page of this server as it is, or an explorer page (its query, view
 * state and selection become the embed's). Another site's address, another path, or an ad-hoc Cypher view is not
 * something this server can embed: 404, as oEmbed asks.
 */
export function embedQueryFromUrl(text: string, origin: string): EmbedQuery {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new NotFoundError(`"${text}" is not an absolute address; give the full https://… address of a view.`);
  }
  if (url.origin !== origin) {
    throw new NotFoundError(`${url.origin} is not this explorer (${origin}); oEmbed answers only for its own pages.`);
  }
  const given = Object.fromEntries(url.searchParams);
  if (url.pathname === '/embed') return parseInput(embedQuerySchema, given, 'query parameter');
  if (url.pathname !== '/' && url.pathname !== '/index.html') {
    throw new NotFoundError(`${url.pathname} is not an explorer or /embed page; nothing here can be embedded.`);
  }
  if (given.cypher !== undefined) {
    throw new NotFoundError('A view of ad-hoc Cypher cannot be embedded; save the query first and share that view.');
  }
  // The camera is the explorer's own (an embed fits its graph to the frame); the selection becomes the embed's.
  const { node, ...rest } = given;
  delete rest.camera;
  return parseInput(
    embedQuerySchema,
    { ...rest, query: rest.query ?? 'overview', ...(node ? { select: node } : {}) },
    'query parameter',
  );
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
