// The saved-queries panel: the catalogue from the API, each query with a form built from its parameters, run into
// the view (replacing it or adding to it). Errors from the server show next to the form that caused them.
import type { SavedQuerySummary } from '../../api/api-contract';
import type { Explorer } from '../../core/explorer/explorer';
import { readSaveToken } from '../../core/queries/query-history';
import type { ResultMode } from '../../core/queries/query-run';
import { h, present } from '../dom';
import { paramForm } from './param-form';

export interface SavedQueriesPanel {
  reload(): Promise<void>;
}

export function mountSavedQueriesPanel(element: HTMLElement, explorer: Explorer): SavedQueriesPanel {
  let queries: SavedQuerySummary[] = [];
  let open: string | null = null;

  const render = () => {
    const current = explorer.currentQuery.get();
    element.replaceChildren(
      ...present(
        h('h2', {}, 'Saved queries'),
        queries.length === 0 ? h('p', { className: 'muted' }, 'Loading the catalogue…') : null,
        h(
          'ul',
          { className: 'query-list' },
          ...queries.map((query) =>
            item(query, current.type === 'saved' && current.id === query.id ? current.params : {}),
          ),
        ),
      ),
    );
  };

  const item = (query: SavedQuerySummary, initial: Record<string, unknown>) => {
    const form = paramForm(query.id, query.params, initial);
    const error = h('p', { className: 'query-error', role: 'alert' });
    const run = async (mode: ResultMode) => {
      const params = form.values();
      if (!params) return;
      error.textContent = '';
      const result = await explorer.runQuery({ type: 'saved', id: query.id, params }, mode);
      const state = explorer.queryRun.get();
      if (!result && state.type === 'failed') error.textContent = `${state.error.message} (${state.error.code})`;
    };
    const details = h(
      'details',
      {
        className: 'query-item',
        open: open === query.id,
        dataset: { queryId: query.id },
        ontoggle: (event: Event) => {
          if ((event.target as HTMLDetailsElement).open) open = query.id;
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
          query.source === 'user'
            ? h(
                'button',
                {
                  type: 'button',
                  className: 'danger',
                  onclick: async () => {
                    if (!window.confirm(`Delete the saved query “${query.title}”?`)) return;
                    try {
                      await explorer.api.deleteQuery(query.id, readSaveToken() || undefined);
                      await reload();
                    } catch (e) {
                      error.textContent = e instanceof Error ? e.message : String(e);
                    }
                  },
                },
                'Delete',
              )
            : null,
        ),
        error,
      ),
    );
    return h('li', {}, details);
  };

  const reload = async () => {
    try {
      queries = (await explorer.api.savedQueries()).queries;
      render();
    } catch (error) {
      element.replaceChildren(
        h('h2', {}, 'Saved queries'),
        h('p', { className: 'error' }, error instanceof Error ? error.message : String(error)),
      );
    }
  };
  render();
  void reload();
  return { reload };
}
