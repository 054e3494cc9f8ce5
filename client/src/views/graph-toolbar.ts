// The toolbar over the graph: zoom, fit, layouts (start/stop), undo, exports (PNG, GEXF, GraphML, JSON, HTML
// snapshot) and Share.
import type { Explorer } from '../core/explorer/explorer';
import { downloadFile } from '../core/export/download-file';
import { toGexf, toGraphml, toJson } from '../core/export/graph-exports';
import { LAYOUTS, layoutById, type LayoutId } from '../core/layout/layout-registry';
import type { GraphView } from '../rendering/graph-view';
import { h } from './dom';
import { exportHtmlSnapshot } from './share/export-snapshot';
import { mountShareDialog } from './share/share-dialog';

export function mountGraphToolbar(element: HTMLElement, explorer: Explorer, view: GraphView): void {
  const layoutSelect = h(
    'select',
    { id: 'layout-choice', 'aria-label': 'Layout' },
    ...LAYOUTS.map((layout) => h('option', { value: layout.id }, layout.label)),
  );
  const layoutButton = h('button', { type: 'button', id: 'layout-toggle' }, 'Run layout');
  layoutButton.addEventListener('click', () => {
    if (explorer.layout.get().type === 'running') explorer.stopLayout();
    else explorer.startLayout(layoutSelect.value as LayoutId);
  });
  const renderLayout = () => {
    const state = explorer.layout.get();
    const running = state.type === 'running';
    const once = layoutById(layoutSelect.value)?.kind === 'once';
    layoutButton.textContent = running ? 'Stop layout' : once ? 'Apply layout' : 'Start layout';
    layoutButton.setAttribute('aria-pressed', String(running));
    layoutButton.disabled = state.type === 'settling';
    layoutSelect.disabled = running;
  };
  layoutSelect.addEventListener('change', renderLayout);
  explorer.layout.subscribe(renderLayout);
  renderLayout();

  const undo = h('button', { type: 'button', id: 'undo', onclick: () => explorer.undo() }, 'Undo');
  explorer.history.undoable.subscribe((last) => {
    undo.disabled = last === null;
    undo.title = last ? `Undo ${last} (Ctrl/Cmd+Z)` : 'Nothing to undo';
  });
  undo.disabled = true;

  const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const exportSelect = h(
    'select',
    {
      id: 'export-format',
      'aria-label': 'Export',
      onchange: async () => {
        const format = exportSelect.value;
        exportSelect.value = '';
        const name = `knowledge-graph-${stamp()}`;
        try {
          if (format === 'png') downloadFile(`${name}.png`, await view.toPng());
          if (format === 'gexf') downloadFile(`${name}.gexf`, toGexf(explorer.graph), 'application/xml');
          if (format === 'graphml') downloadFile(`${name}.graphml`, toGraphml(explorer.graph), 'application/xml');
          if (format === 'json') downloadFile(`${name}.json`, toJson(explorer.graph), 'application/json');
          if (format === 'html') await exportHtmlSnapshot(explorer, view, name);
        } catch (error) {
          explorer.report(error);
        }
      },
    },
    h('option', { value: '' }, 'Export…'),
    h('option', { value: 'png' }, 'PNG image of the view'),
    h('option', { value: 'gexf' }, 'GEXF (Gephi)'),
    h('option', { value: 'graphml' }, 'GraphML'),
    h('option', { value: 'json' }, 'JSON'),
    h('option', { value: 'html' }, 'HTML snapshot (opens offline)'),
  );
  const share = mountShareDialog(explorer, view);

  element.replaceChildren(
    h(
      'button',
      { type: 'button', 'aria-label': 'Zoom in', title: 'Zoom in (+)', onclick: () => void view.zoom(1.5) },
      '+',
    ),
    h(
      'button',
      { type: 'button', 'aria-label': 'Zoom out', title: 'Zoom out (-)', onclick: () => void view.zoom(1 / 1.5) },
      '−',
    ),
    h(
      'button',
      {
        type: 'button',
        'aria-label': 'Fit to view',
        title: 'Fit the graph to the view (0)',
        onclick: () => void view.fit(),
      },
      'Fit',
    ),
    h('span', { className: 'toolbar-sep', role: 'separator' }),
    layoutSelect,
    layoutButton,
    h('span', { className: 'toolbar-sep', role: 'separator' }),
    undo,
    exportSelect,
    h('button', { type: 'button', id: 'share', onclick: () => share.open() }, 'Share'),
  );
}
