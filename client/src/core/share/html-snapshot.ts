// An HTML snapshot: one self-contained file with the view's data (nodes, edges, positions, filters, selection), the
// embed renderer with its styles (snapshot-renderer.js, built as one script with no imports) and the sources, so it
// opens from disk with no server and no network — a story's graph archived as it was on publication day.
import type { EmbedView } from '../../embed/embed-view';
import { EMBED_DATA_ID } from '../../embed/embed-view';
import type { ExplorerGraph } from '../graph/explorer-graph';
import type { FiltersState } from '../filters/filters-state';

export interface SnapshotInput {
  graph: ExplorerGraph;
  title: string;
  theme: 'light' | 'dark';
  filters: FiltersState;
  selected: string | null;
  sources: EmbedView['sources'];
  sourcesTotal: number;
  /** The live view in the explorer, for readers who are online. */
  explorerUrl: string;
}

export function snapshotView(input: SnapshotInput): EmbedView {
  const { graph } = input;
  return {
    kind: 'snapshot',
    title: input.title,
    theme: input.theme,
    legend: true,
    graphHeight: 480,
    graph: {
      nodes: graph.mapNodes((id, a) => ({ id, labels: a.labels, caption: a.label, properties: a.properties })),
      edges: graph.mapEdges((id, a, source, target) => ({
        id,
        type: a.relType,
        source,
        target,
        properties: a.properties,
      })),
    },
    focus: null,
    selected: input.selected && graph.hasNode(input.selected) ? input.selected : null,
    filters: {
      hiddenLabels: [...input.filters.hiddenLabels],
      hiddenTypes: [...input.filters.hiddenTypes],
      from: input.filters.from,
      to: input.filters.to,
    },
    claim: null,
    sources: input.sources,
    sourcesTotal: input.sourcesTotal,
    explorerUrl: input.explorerUrl,
    positions: Object.fromEntries(graph.mapNodes((id, { x, y }) => [id, { x, y }] as const)),
  };
}

/** The whole file. Text that could end a script element early is escaped (`<` in the data, `</script` in code). */
export function snapshotHtml(view: EmbedView, renderer: string, savedAt: Date): string {
  const data = JSON.stringify(view)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  const code = renderer.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="color-scheme" content="light dark" />
<meta name="generator" content="Knowledge-graph explorer, HTML snapshot of ${savedAt.toISOString()}" />
<title>${escapeText(view.title)}</title>
<script type="application/json" id="${EMBED_DATA_ID}">${data}</script>
</head>
<body>
<div id="kg-embed" class="embed" data-state="loading">Loading the graph…</div>
<script>${code}</script>
</body>
</html>
`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
