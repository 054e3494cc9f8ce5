// Export → "HTML snapshot": the view as one self-contained .html file (see core/share/html-snapshot.ts). The
// renderer is the build's snapshot-renderer.js, fetched from the server and written into the file.
import type { ExplorerCore } from '../../core/explorer-core';
import { describeQuery } from '../../core/queries/current-query';
import { selectedNodeId } from '../../core/selection/selection-state';
import { snapshotHtml, snapshotView } from '../../core/share/html-snapshot';
import { permalink } from '../../core/share/share-links';
import type { GraphView } from '../../rendering/graph-view';
import { downloadFile } from '../download-file';
import { currentUrlState } from '../url-sync';

/** The snapshot's sources are looked up for at most this many claims and articles of the view. */
const SOURCES_OF_NODES = 10_000;

export async function exportHtmlSnapshot(core: ExplorerCore, view: GraphView, name: string): Promise<void> {
  const response = await fetch('/snapshot-renderer.js');
  if (!response.ok) throw new Error('The snapshot renderer is not built: run "npm run build" and reload.');
  const renderer = await response.text();
  // Only articles and claims have sources (their own, or the articles that report them).
  const withSources = core.graph.data.filterNodes((_node, attributes) =>
    attributes.labels.some((label) => label === 'Claim' || label === 'Article'),
  );
  const found = await core.claims.sources(withSources.slice(0, SOURCES_OF_NODES));
  if (!found.ok) throw found.error;
  const { sources, total } = found;
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  const html = snapshotHtml(
    snapshotView({
      graph: core.graph.data,
      title: `Knowledge graph: ${describeQuery(core.queries.current.get())}`,
      theme: dark ? 'dark' : 'light',
      filters: core.filters.state.get(),
      selected: selectedNodeId(core.selection.state.get()),
      sources,
      sourcesTotal: total,
      explorerUrl: permalink(window.location.origin, currentUrlState(core, view)),
    }),
    renderer,
    new Date(),
  );
  downloadFile(`${name}.html`, html, 'text/html');
}
