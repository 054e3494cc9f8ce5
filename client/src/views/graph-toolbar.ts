// The toolbar over the graph: zoom, fit, layouts (start/stop), undo, exports (PNG, GEXF, GraphML, JSON, HTML
// snapshot) and Share.
import type { ExplorerCore } from '../core/explorer-core';
import { exportBaseName, exportFile, type DataExportFormat } from '../core/export/export-file';
import { LAYOUTS, layoutById, type LayoutId } from '../core/layout/layout-registry';
import type { GraphView } from '../rendering/graph-view';
import { h } from './dom';
import { downloadFile } from './download-file';
import { exportHtmlSnapshot } from './share/export-snapshot';
import { mountShareDialog } from './share/share-dialog';

export function mountGraphToolbar(element: HTMLElement, core: ExplorerCore, view: GraphView): void {
  const share = mountShareDialog(core, view);
  element.replaceChildren(
    ...zoomButtons(view),
    h('span', { className: 'toolbar-sep', role: 'separator' }),
    ...layoutControls(core),
    h('span', { className: 'toolbar-sep', role: 'separator' }),
    undoButton(core),
    exportMenu(core, view),
    h('button', { type: 'button', id: 'share', onclick: () => share.open() }, 'Share'),
  );
}

function zoomButtons(view: GraphView): HTMLElement[] {
  const button = (label: string, title: string, text: string, onclick: () => void) =>
    h('button', { type: 'button', 'aria-label': label, title, onclick }, text);
  return [
    button('Zoom in', 'Zoom in (+)', '+', () => void view.zoom(1.5)),
    button('Zoom out', 'Zoom out (-)', '−', () => void view.zoom(1 / 1.5)),
    button('Fit to view', 'Fit the graph to the view (0)', 'Fit', () => void view.fit()),
  ];
}

/** The layout menu and its button: Start / Stop for continuous layouts, Apply for one-shot ones. */
function layoutControls(core: ExplorerCore): HTMLElement[] {
  const select = h(
    'select',
    { id: 'layout-choice', 'aria-label': 'Layout' },
    ...LAYOUTS.map((layout) => h('option', { value: layout.id }, layout.label)),
  );
  const button = h('button', { type: 'button', id: 'layout-toggle' }, 'Run layout');
  button.addEventListener('click', () => {
    if (core.layout.state.get().type === 'running') core.layout.stop();
    else core.layout.start(select.value as LayoutId);
  });
  const render = () => {
    const state = core.layout.state.get();
    const running = state.type === 'running';
    const once = layoutById(select.value)?.kind === 'once';
    button.textContent = running ? 'Stop layout' : once ? 'Apply layout' : 'Start layout';
    button.setAttribute('aria-pressed', String(running));
    button.disabled = state.type === 'settling';
    select.disabled = running;
  };
  select.addEventListener('change', render);
  core.layout.state.subscribe(render);
  render();
  return [select, button];
}

function undoButton(core: ExplorerCore): HTMLElement {
  const undo = h('button', { type: 'button', id: 'undo', onclick: () => core.graph.undo() }, 'Undo');
  core.graph.history.undoable.subscribe((last) => {
    undo.disabled = last === null;
    undo.title = last ? `Undo ${last} (Ctrl/Cmd+Z)` : 'Nothing to undo';
  });
  undo.disabled = true;
  return undo;
}

/** The export menu: the PNG comes from the renderer, the data formats from core/export, the HTML snapshot from
 * views/share. */
function exportMenu(core: ExplorerCore, view: GraphView): HTMLElement {
  const download = async (format: string) => {
    try {
      if (format === 'png') {
        downloadFile(`${exportBaseName(new Date())}.png`, await view.toPng());
        return;
      }
      if (format === 'html') {
        await exportHtmlSnapshot(core, view, exportBaseName(new Date()));
        return;
      }
      const file = exportFile(core.graph.data, format as DataExportFormat);
      downloadFile(file.name, file.content, file.type);
    } catch (error) {
      core.notices.error(error);
    }
  };
  const select = h(
    'select',
    {
      id: 'export-format',
      'aria-label': 'Export',
      onchange: () => {
        const format = select.value;
        select.value = '';
        if (format) void download(format);
      },
    },
    h('option', { value: '' }, 'Export…'),
    h('option', { value: 'png' }, 'PNG image of the view'),
    h('option', { value: 'gexf' }, 'GEXF (Gephi)'),
    h('option', { value: 'graphml' }, 'GraphML'),
    h('option', { value: 'json' }, 'JSON'),
    h('option', { value: 'html' }, 'HTML snapshot (opens offline)'),
  );
  return select;
}
