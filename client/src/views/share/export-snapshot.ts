// Export → "HTML snapshot": the view as one self-contained .html file (see core/share/html-snapshot.ts). The
// renderer is the build's snapshot-renderer.js, fetched from the server and written into the file.
import { downloadFile } from '../../core/export/download-file';
import type { Explorer } from '../../core/explorer/explorer';
import { describeQuery } from '../../core/queries/current-query';
import { selectedNodeId } from '../../core/selection/selection-state';
import { snapshotHtml, snapshotView } from '../../core/share/html-snapshot';
import { permalink } from '../../core/share/share-links';
import type { GraphView } from '../../rendering/graph-view';
import { currentUrlState } from '../url-sync';

export async function exportHtmlSnapshot(explorer: Explorer, view: GraphView, name: string): Promise<void> {
  const response = await fetch('/snapshot-renderer.js');
  if (!response.ok) throw new Error('The snapshot renderer is not built: run "npm run build" and reload.');
  const renderer = await response.text();
  const { sources, total } = await explorer.api.sources(explorer.graph.nodes().slice(0, 10_000));
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  const html = snapshotHtml(
    snapshotView({
      graph: explorer.graph,
      title: `Knowledge graph: ${describeQuery(explorer.currentQuery.get())}`,
      theme: dark ? 'dark' : 'light',
      filters: explorer.filters.get(),
      selected: selectedNodeId(explorer.selection.get()),
      sources,
      sourcesTotal: total,
      explorerUrl: permalink(window.location.origin, currentUrlState(explorer, view)),
    }),
    renderer,
    new Date(),
  );
  downloadFile(`${name}.html`, html, 'text/html');
}
