// Boots the explorer: mounts the views, checks the database, then restores the view from the address (the query,
// expanded nodes, filters, the selected node, the camera) or loads the bounded overview query.
import { ApiClient } from './api/api-client';
import { ClaimsWorkbench } from './core/claims/claims-workbench';
import { Explorer } from './core/explorer/explorer';
import { parseUrlState } from './core/url/url-state';
import { exposeExplorerHook } from './explorer-hook';
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
const explorer = new Explorer(new ApiClient());
const view = mountGraphPanel(container, status, explorer);
const search = byId<HTMLInputElement>('search');

mountSearchBox(search, byId('search-suggestions'), explorer);
mountGraphToolbar(byId('graph-toolbar'), explorer, view);
mountInspector(byId('inspector'), explorer);
mountLegendPanel(byId('legend-panel'), explorer);
mountFiltersPanel(byId('filters-panel'), explorer);
const savedQueries = mountSavedQueriesPanel(byId('queries-panel'), explorer);
const editor = mountCypherEditorPanel(byId('editor-panel'), explorer, () => void savedQueries.reload());
mountResultsTable(byId('results'), explorer);
mountNotice(byId('notice'), explorer);
mountIngestDialog(byId('add-article'), byId<HTMLDialogElement>('ingest-dialog'), explorer);
mountKeyboardShortcuts(explorer, view, search);
const claims = new ClaimsWorkbench(explorer.api);
mountClaimsPanel(byId('claims-panel'), explorer, claims);
mountClaimsTable(byId('claims-table'), explorer, claims);
// The Claims tab opens the table beside the graph; the first visit loads the first page.
const tabs = mountTabs(byId('side-tabs'), (panelId) => {
  const showClaims = panelId === 'claims-panel';
  byId('claims-table').hidden = !showClaims;
  if (showClaims && claims.list.get().type === 'idle') void claims.load();
});
mountDatabaseBanner(byId('db-banner'), explorer, () => void boot());
byId('toggle-side').addEventListener('click', () => document.body.classList.toggle('side-open'));
byId('toggle-details').addEventListener('click', () => document.body.classList.toggle('details-open'));
explorer.selection.subscribe((selection) => document.body.classList.toggle('details-open', selection.type === 'node'));
exposeExplorerHook(explorer, view);

let booted = false;

async function boot(): Promise<void> {
  if (booted) return;
  container.dataset.state = 'loading';
  if (!(await explorer.checkDatabase())) {
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
  const result = await explorer.runQuery(restored.query);
  if (!result) {
    const run = explorer.queryRun.get();
    status.textContent =
      run.type === 'failed' ? `${run.error.message} (${run.error.code})` : 'The graph could not be loaded.';
    status.classList.add('error');
    container.dataset.state = 'error';
    booted = false;
    return;
  }
  // Expansions replay in their order, so the deterministic layout puts every node where the shared camera expects it.
  for (const node of restored.expanded ?? []) await explorer.expand(node);
  if (restored.filters) explorer.filters.set(restored.filters);
  if (restored.selection) await explorer.reveal(restored.selection, { focus: !restored.camera });
  if (restored.camera) view.setCamera(restored.camera);
  else if (!restored.selection) await view.fit(0);
  // The status line already gives the counts; a notice is only worth showing when there is nothing to see.
  explorer.notice.set(explorer.graph.order === 0 ? { type: 'info', text: 'The query returned no nodes.' } : null);
  container.dataset.state = 'ready';
  syncUrl(explorer, view);
}

boot().catch((error: unknown) => {
  status.classList.add('error');
  status.textContent = error instanceof Error ? error.message : 'The graph could not be drawn; see the console.';
  container.dataset.state = 'error';
  console.error(error);
});
