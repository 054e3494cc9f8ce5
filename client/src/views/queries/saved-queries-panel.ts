// The saved-queries panel: the catalogue from the API, each query with a form built from its parameters, run into
// the view (replacing it or adding to it). Errors from the server show next to the form that caused them.
import type { SavedQuerySummary } from '../../api/api-contract';
import type { ExplorerCore } from '../../core/explorer-core';
import { readSaveToken } from '../../core/queries/query-history';
import type { ResultMode } from '../../core/queries/query-run';
import { h, present } from '../dom';
import { entityPicker } from '../claims/entity-picker';
import { paramForm, type IdField } from './param-form';

export interface SavedQueriesPanel {
  reload(): Promise<void>;
}

export function mountSavedQueriesPanel(element: HTMLElement, core: ExplorerCore): SavedQueriesPanel {
  let queries: SavedQuerySummary[] = [];
  let open: string | null = null;

  const render = () => {
    const current = core.queries.current.get();
    const item = (query: SavedQuerySummary) =>
      queryItem(core, query, {
        initial: current.type === 'saved' && current.id === query.id ? current.params : {},
        open: open === query.id,
        onOpen: () => (open = query.id),
        onDeleted: () => void reload(),
      });
    element.replaceChildren(
      ...present(
        h('h2', {}, 'Saved queries'),
        queries.length === 0 ? h('p', { className: 'muted' }, 'Loading the catalogue…') : null,
        h('ul', { className: 'query-list' }, ...queries.map(item)),
      ),
    );
  };

  const reload = async () => {
    const catalogue = await core.queries.catalogue();
    if (catalogue.ok) {
      queries = catalogue.queries;
      render();
      return;
    }
    element.replaceChildren(h('h2', {}, 'Saved queries'), h('p', { className: 'error' }, catalogue.error.message));
  };
  render();
  void reload();
  return { reload };
}

interface QueryItemOptions {
  initial: Record<string, unknown>;
  open: boolean;
  onOpen(): void;
  onDeleted(): void;
}

/** One query: its title, description, parameter form, Run / Add to view / Delete (user queries), and errors. */
function queryItem(core: ExplorerCore, query: SavedQuerySummary, options: QueryItemOptions): HTMLElement {
  const form = paramForm(query.id, query.params, options.initial, {
    idField: (param, id, initial) => idField(core, param.name, id, initial),
  });
  const fillFromSelection = () => {
    for (const field of form.idFields()) if (!field.value()) field.fillFromSelection();
  };
  const error = h('p', { className: 'query-error', role: 'alert' });
  const run = async (mode: ResultMode) => {
    const params = form.values();
    if (!params) return;
    error.textContent = '';
    const outcome = await core.queries.run({ type: 'saved', id: query.id, params }, mode);
    if (!outcome.ok) error.textContent = `${outcome.error.message} (${outcome.error.code})`;
  };
  const remove = async () => {
    if (!window.confirm(`Delete the saved query “${query.title}”?`)) return;
    const removed = await core.queries.remove(query.id, readSaveToken() || undefined);
    if (removed.ok) options.onDeleted();
    else error.textContent = removed.error.message;
  };
  const details = h(
    'details',
    {
      className: 'query-item',
      open: options.open,
      dataset: { queryId: query.id },
      ontoggle: (event: Event) => {
        if (!(event.target as HTMLDetailsElement).open) return;
        options.onOpen();
        // An empty id field starts from the node selected in the graph.
        fillFromSelection();
      },
    },
    h('summary', {}, query.title, query.source === 'user' ? h('span', { className: 'tag' }, 'yours') : null),
    query.description ? h('p', { className: 'muted small' }, query.description) : null,
    h(
      'form',
      {
        'aria-label': query.title,
        // Our own messages (next to each field) replace the browser's bubbles, which screen readers miss.
        noValidate: true,
        onsubmit: (event: Event) => {
          event.preventDefault();
          void run('replace');
        },
      },
      form.element,
      h(
        'p',
        { className: 'buttons' },
        h('button', { type: 'submit', className: 'primary' }, 'Run'),
        h('button', { type: 'button', onclick: () => void run('add') }, 'Add to view'),
        form.idFields().length > 0
          ? h(
              'button',
              {
                type: 'button',
                title: 'Run with the node selected in the graph as the first id',
                onclick: () => {
                  if (!form.idFields()[0]?.fillFromSelection()) {
                    error.textContent = 'Select a node in the graph first, then run on it.';
                    return;
                  }
                  void run('replace');
                },
              },
              'Run on selection',
            )
          : null,
        query.source === 'user'
          ? h('button', { type: 'button', className: 'danger', onclick: () => void remove() }, 'Delete')
          : null,
      ),
      error,
    ),
  );
  return h('li', {}, details);
}

/** An id parameter's field: the entity picker (search as you type, the selected node); an id typed by hand works too. */
function idField(core: ExplorerCore, name: string, fieldId: string, initial: string | null): IdField {
  const picker = entityPicker(core, { label: name, id: fieldId });
  if (initial) picker.set({ id: initial, name: core.graph.caption(initial) });
  return {
    element: picker.element,
    input: picker.input,
    value: () => picker.value()?.id ?? picker.input.value.trim(),
    fillFromSelection: () => picker.useSelection(),
  };
}
