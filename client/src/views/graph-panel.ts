// Puts the graph view on the page and connects it to the explorer: clicks select, double-clicks expand, the
// selection and filters reach the renderer, and the container carries data attributes that tests and CSS read.
import { AGREEMENT_COLORS, DASHED_RELATIONSHIPS } from '../rendering/agreement-style';
import type { ExplorerCore } from '../core/explorer-core';
import { edgePredicate, nodePredicate } from '../core/filters/filter-predicates';
import { isFiltering } from '../core/filters/filters-state';
import { selectedNodeId } from '../core/selection/selection-state';
import type { Rect } from '../rendering/caption-layout';
import { GraphView } from '../rendering/graph-view';
import type { ThemeName } from '../rendering/render-theme';
import { batchInMicrotask } from '../shared/batch-in-microtask';

/** What can lie over the graph: its toolbar, the notice, and the side panels when they are drawers. */
const COVERING = ['#graph-toolbar', '#notice', '.side', '.inspector'];

function coveredAreas(container: HTMLElement, selectors: readonly string[]): Rect[] {
  const origin = container.getBoundingClientRect();
  return selectors.flatMap((selector) => {
    const element = document.querySelector<HTMLElement>(selector);
    if (!element || element.hidden || element.offsetParent === null) return [];
    const { left, top, width, height } = element.getBoundingClientRect();
    return [{ x: left - origin.left, y: top - origin.top, width, height }];
  });
}

export function mountGraphPanel(container: HTMLElement, status: HTMLElement, core: ExplorerCore): GraphView {
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  const theme = (): ThemeName => (dark.matches ? 'dark' : 'light');
  const view = new GraphView(container, core.graph.data, {
    theme: theme(),
    relationshipColors: AGREEMENT_COLORS,
    dashedRelationships: DASHED_RELATIONSHIPS,
  });
  dark.addEventListener('change', () => view.setTheme(theme()));
  core.graph.camera = {
    focusNode: (node) => view.focusNode(node),
    viewportSize: () => ({ width: container.clientWidth, height: container.clientHeight }),
  };
  view.setCoveredAreas(() => coveredAreas(container, COVERING));

  view.sigma.on('clickNode', ({ node }) => core.selection.select(node));
  view.sigma.on('doubleClickNode', (event) => {
    event.preventSigmaDefault();
    void core.graph.expand(event.node);
  });
  view.sigma.on('clickStage', () => core.selection.select(null));
  view.sigma.on('enterNode', () => container.classList.add('hovering'));
  view.sigma.on('leaveNode', () => container.classList.remove('hovering'));

  core.selection.state.subscribe((selection) => {
    const id = selectedNodeId(selection);
    view.setSelectedNode(id);
    if (id) container.dataset.selected = id;
    else delete container.dataset.selected;
  });
  core.filters.state.subscribe((filters) => {
    view.setFilters({ node: nodePredicate(filters), edge: edgePredicate(filters) });
    updateCounts();
  });
  core.queries.lastRun.subscribe((run) => {
    if (run.type === 'running') container.setAttribute('aria-busy', 'true');
    else container.removeAttribute('aria-busy');
  });
  core.layout.state.subscribe((layout) => {
    container.dataset.layout = layout.type;
  });
  container.dataset.layout = core.layout.state.get().type;

  function updateCounts(): void {
    const graph = core.graph.data;
    container.dataset.nodeCount = String(graph.order);
    container.dataset.edgeCount = String(graph.size);
    const filters = core.filters.state.get();
    let text = `${graph.order} nodes, ${graph.size} relationships`;
    if (isFiltering(filters)) {
      const predicate = nodePredicate(filters);
      const hidden = predicate ? graph.filterNodes((node, attributes) => !predicate(node, attributes)).length : 0;
      text += ` (${hidden} nodes hidden by filters)`;
    }
    status.textContent = text;
    status.classList.remove('error');
  }
  const scheduleCounts = batchInMicrotask(updateCounts);
  for (const event of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared'] as const) {
    core.graph.data.on(event, scheduleCounts);
  }
  return view;
}
