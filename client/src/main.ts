// Boots the explorer: mounts the views, checks the database, then restores the view from the address (the query,
// expanded nodes, filters, the selected node, the camera) or loads the bounded overview query.
import { ApiClient } from './api/api-client';
import { createExplorerCore } from './core/explorer-core';
import { parseUrlState } from './core/url/url-state';
import { exposeExplorerHook } from './explorer-hook';
import { mountClaimsCharts } from './views/claims/claims-charts';
import { mountClaimsPanel } from './views/claims/claims-panel';
import { mountClaimsTable } from './views/claims/claims-table';
import { mountDatabaseBanner } from './views/database-banner';
import { byId } from './views/dom';
import { mountCypherEditorPanel } from './views/editor/cypher-editor-panel';
import { mountGraphPanel } from './views/graph-panel';
import { mountGraphToolbar } from './views/graph-toolbar';
import { mountIngestDialog } from './views/ingest/ingest-dialog';
import { mountInspector } from './views/inspector/inspector-view';
import { mountKeyboardShortcuts } from './views/keyboard-shortcuts';
import { mountNotice } from './views/notice-view';
import { mountFiltersPanel } from './views/panels/filters-panel';
import { mountLegendPanel } from './views/panels/legend-panel';
import { mountResultsTable } from './views/queries/results-table';
import { mountSavedQueriesPanel } from './views/queries/saved-queries-panel';
import { mountSearchBox } from './views/search-box';
import { mountTabs } from './views/tabs';
import { syncUrl } from './views/url-sync';
import './styles.css';

const status = byId('status');
const container = byId('graph');
const core = createExplorerCore(new ApiClient());
const view = mountGraphPanel(container, status, core);
const search = byId<HTMLInputElement>('search');

mountSearchBox(search, byId('search-suggestions'), core);
mountGraphToolbar(byId('graph-toolbar'), core, view);
mountInspector(byId('inspector'), core);
mountLegendPanel(byId('legend-panel'), core);
mountFiltersPanel(byId('filters-panel'), core);
const savedQueries = mountSavedQueriesPanel(byId('queries-panel'), core);
const editor = mountCypherEditorPanel(byId('editor-panel'), core, () => void savedQueries.reload());
mountResultsTable(byId('results'), core);
mountNotice(byId('notice'), core);
mountIngestDialog(byId('add-article'), byId<HTMLDialogElement>('ingest-dialog'), core);
mountKeyboardShortcuts(core, view, search);
mountClaimsPanel(byId('claims-panel'), core);
mountClaimsTable(byId('claims-list'), core);
const claimsCharts = mountClaimsCharts(byId('claims-charts'), core);
// The Claims tab opens the table beside the graph; the first visit loads the first page.
const tabs = mountTabs(byId('side-tabs'), (panelId) => {
  const showClaims = panelId === 'claims-panel';
  byId('claims-table').hidden = !showClaims;
  if (showClaims && core.workbench.list.get().type === 'idle') void core.workbench.load();
  if (showClaims) claimsCharts.show();
});
mountDatabaseBanner(byId('db-banner'), core, () => void boot());
byId('toggle-side').addEventListener('click', () => document.body.classList.toggle('side-open'));
byId('toggle-details').addEventListener('click', () => document.body.classList.toggle('details-open'));
core.selection.state.subscribe((selection) =>
  document.body.classList.toggle('details-open', selection.type === 'node'),
);
exposeExplorerHook(core, view);

let booted = false;

async function boot(): Promise<void> {
  if (booted) return;
  container.dataset.state = 'loading';
  if (!(await core.database.check()).ok) {
    container.dataset.state = 'unavailable';
    status.textContent = 'Database unavailable';
    status.classList.add('error');
    return;
  }
  booted = true;
  const restored = parseUrlState(window.location.search);
  if (restored.query.type === 'cypher') {
    editor.setQuery(restored.query.query, restored.query.params);
    tabs.show('editor-panel');
  }
  status.textContent = 'Loading the graph…';
  const run = await core.queries.run(restored.query);
  if (!run.ok) {
    status.textContent = `${run.error.message} (${run.error.code})`;
    status.classList.add('error');
    container.dataset.state = 'error';
    booted = false;
    return;
  }
  // Expansions replay in their order, so the deterministic layout puts every node where the shared camera expects it.
  for (const node of restored.expanded ?? []) await core.graph.expand(node);
  if (restored.filters) core.filters.restore(restored.filters);
  if (restored.selection) await core.graph.reveal(restored.selection, { focus: !restored.camera });
  if (restored.camera) view.setCamera(restored.camera);
  else if (!restored.selection) await view.fit(0);
  // The status line already gives the counts; a notice is only worth showing when there is nothing to see.
  if (core.graph.data.order === 0) core.notices.info('The query returned no nodes.');
  else core.notices.clear();
  container.dataset.state = 'ready';
  syncUrl(core, view);
}

boot().catch((error: unknown) => {
  status.classList.add('error');
  status.textContent = error instanceof Error ? error.message : 'The graph could not be drawn; see the console.';
  container.dataset.state = 'error';
  console.error(error);
});
