// Draws an embed: title, the read-only graph (hover, zoom, pan; a click opens a card, nothing expands), an optional
// legend, and a footer naming the sources and linking to the full explorer. Used by the /embed page and by HTML
// snapshots, which pass positions and need no server. It reports its natural height and clicked nodes to the caller.
import { AGREEMENT_COLORS, DASHED_RELATIONSHIPS } from '../rendering/agreement-style';
import type { Claim } from '../api/api-contract';
import { applyNodeSizing, DEFAULT_SIZING } from '../core/appearance/node-sizing';
import { edgePredicate, nodePredicate } from '../core/filters/filter-predicates';
import { createExplorerGraph, type ExplorerGraph } from '../core/graph/explorer-graph';
import { loadPayload } from '../core/graph/load-payload';
import { GraphView } from '../rendering/graph-view';
import { LABEL_STYLES, primaryLabel } from '../rendering/node-style';
import type { ThemeName } from '../rendering/render-theme';
import { h } from '../views/dom';
import { claimDetailsFromApi, claimDetailsFromGraph, type ClaimDetails } from './claim-details';
import type { EmbedView } from './embed-view';
import type { SelectedNode } from './frame-messages';
import { nodeCard } from './node-card';

export interface EmbedOptions {
  /** Places the nodes (the embed page runs the explorer's layout worker; a snapshot has positions already). */
  place(graph: ExplorerGraph): Promise<void>;
  /** Full details of a claim from the API, or null where there is none (snapshots). */
  fetchClaim(id: string): Promise<Claim | null>;
  onSelect(node: SelectedNode): void;
  onHeight(height: number): void;
}

/** Agreement and contradiction between claims stand out from every other relationship. */
export const RELATION_COLORS = AGREEMENT_COLORS;

export async function mountEmbed(root: HTMLElement, view: EmbedView, options: EmbedOptions): Promise<GraphView> {
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  const theme = (): ThemeName => (view.theme === 'auto' ? (dark.matches ? 'dark' : 'light') : view.theme);
  root.dataset.theme = theme();
  root.dataset.state = 'loading';
  root.dataset.kind = view.kind;

  const graph = createExplorerGraph();
  loadPayload(graph, view.graph);
  applyNodeSizing(graph, DEFAULT_SIZING);

  const container = h('div', { className: 'embed-graph', role: 'img', 'aria-label': `Graph: ${view.title}` });
  const card = h('aside', { className: 'embed-card', 'aria-live': 'polite', hidden: true });
  const header = h('header', { className: 'embed-header' }, h('h1', {}, view.title));
  const footer = h(
    'footer',
    { className: 'embed-footer' },
    sourcesLine(view),
    h(
      'a',
      { href: view.explorerUrl, target: '_blank', rel: 'noopener', className: 'embed-open' },
      'Open in explorer ↗',
    ),
  );
  const body = h('div', { className: 'embed-body' }, container, view.legend ? legend(graph, view) : null, card);
  root.replaceChildren(header, body, footer);
  root.style.setProperty('--embed-graph-height', `${view.graphHeight}px`);

  await options.place(graph);
  const graphView = new GraphView(container, graph, {
    theme: theme(),
    relationshipColors: RELATION_COLORS,
    dashedRelationships: DASHED_RELATIONSHIPS,
  });
  dark.addEventListener('change', () => {
    root.dataset.theme = theme();
    graphView.setTheme(theme());
  });
  const filters = {
    hiddenLabels: new Set(view.filters.hiddenLabels),
    hiddenTypes: new Set(view.filters.hiddenTypes),
    from: view.filters.from,
    to: view.filters.to,
  };
  graphView.setFilters({ node: nodePredicate(filters), edge: edgePredicate(filters) });
  graphView.setSelectedNode(view.selected);

  let shown: string | null = null;
  const closeCard = () => {
    shown = null;
    card.hidden = true;
    graphView.setSelectedNode(view.selected);
  };
  graphView.sigma.on('clickNode', ({ node }) => {
    const attributes = graph.getNodeAttributes(node);
    const label = primaryLabel(attributes.labels);
    shown = node;
    graphView.setSelectedNode(node);
    root.dataset.selected = node;
    const showCard = (claim: ClaimDetails | null) => {
      if (shown !== node) return;
      card.replaceChildren(
        ...nodeCard({ label, caption: attributes.label, properties: attributes.properties }, claim, closeCard),
      );
      card.hidden = false;
    };
    if (label === 'Claim') {
      showCard(view.claim?.id === node ? claimDetailsFromApi(view.claim) : claimDetailsFromGraph(graph, node));
      if (view.claim?.id !== node) {
        options.fetchClaim(node).then(
          (claim) => claim && showCard(claimDetailsFromApi(claim)),
          () => undefined,
        );
      }
    } else showCard(null);
    options.onSelect({ id: node, label, caption: attributes.label });
  });
  graphView.sigma.on('clickStage', closeCard);
  graphView.sigma.on('enterNode', () => container.classList.add('hovering'));
  graphView.sigma.on('leaveNode', () => container.classList.remove('hovering'));

  // The natural height (title, the graph at its own height, footer) rather than the frame's, which would never shrink.
  const report = () => options.onHeight(Math.ceil(header.offsetHeight + view.graphHeight + footer.offsetHeight));
  new ResizeObserver(report).observe(footer);
  report();
  root.dataset.nodeCount = String(graph.order);
  root.dataset.state = 'ready';
  return graphView;
}

function sourcesLine(view: EmbedView): HTMLElement {
  if (view.sources.length === 0)
    return h('p', { className: 'embed-sources' }, 'No source article is linked to this view.');
  const more = view.sourcesTotal - view.sources.length;
  return h(
    'p',
    { className: 'embed-sources' },
    view.sources.length === 1 ? 'Source: ' : 'Sources: ',
    ...view.sources.flatMap((source, index) => [
      index > 0 ? '; ' : '',
      h(
        'span',
        { className: 'embed-source', dataset: { articleId: source.articleId } },
        source.outlet ? h('strong', {}, source.outlet) : null,
        source.outlet ? ', ' : '',
        h('cite', {}, source.title ?? source.articleId),
        source.published ? ` (${source.published.slice(0, 10)})` : '',
      ),
    ]),
    more > 0 ? `; and ${more} more` : '',
  );
}

/** The kinds of node shown (hidden ones left out), and the colours of agreement and contradiction when present. */
function legend(graph: ExplorerGraph, view: EmbedView): HTMLElement {
  const hidden = new Set(view.filters.hiddenLabels);
  const labels = new Set<string>();
  graph.forEachNode((_node, { labels: nodeLabels }) => {
    const label = primaryLabel(nodeLabels);
    if (!hidden.has(label)) labels.add(label);
  });
  const relations = new Set<string>();
  graph.forEachEdge((_edge, { relType }) => {
    if (relType in RELATION_COLORS && !view.filters.hiddenTypes.includes(relType)) relations.add(relType);
  });
  const swatch = (color: string, line = false) =>
    h('span', { className: line ? 'embed-swatch line' : 'embed-swatch', style: `--swatch:${color}` });
  return h(
    'ul',
    { className: 'embed-legend', 'aria-label': 'Legend' },
    ...[...labels].sort().map((label) => h('li', {}, swatch(LABEL_STYLES[label]?.color ?? '#8c8c8c'), label)),
    ...[...relations]
      .sort()
      .map((type) =>
        h('li', {}, swatch(RELATION_COLORS[type as keyof typeof RELATION_COLORS], true), type.toLowerCase()),
      ),
  );
}
