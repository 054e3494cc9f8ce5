// The editor's "Save as a saved query" form: title, description and (when the server asks) a token; the query's
// `$parameters` are described from the values given in the editor.
import type { ExplorerCore } from '../../core/explorer-core';
import { readSaveToken, writeSaveToken } from '../../core/queries/query-history';
import { h } from '../dom';
import { inferParams } from './infer-params';

/** The query and parameters to save, or null when the editor has none to offer (it shows why). */
export type EditorContent = () => { query: string; params: Record<string, unknown> } | null;

export function saveQueryForm(core: ExplorerCore, content: EditorContent, onSaved: () => void): HTMLFormElement {
  const title = h('input', { id: 'save-title', type: 'text', required: true, placeholder: 'What the query shows' });
  const description = h('input', { id: 'save-description', type: 'text' });
  const token = h('input', { id: 'save-token', type: 'password', value: readSaveToken(), autocomplete: 'off' });
  const message = h('p', { className: 'small', role: 'status' });

  const save = async () => {
    const current = content();
    if (!current) return;
    message.className = 'small';
    message.textContent = 'Saving…';
    writeSaveToken(token.value.trim());
    const saved = await core.queries.save(
      {
        title: title.value.trim(),
        description: description.value.trim() || undefined,
        query: current.query,
        params: inferParams(current.query, current.params),
      },
      token.value.trim() || undefined,
    );
    if (saved.ok) {
      message.textContent = `Saved as “${saved.query.title}” in Saved queries.`;
      onSaved();
      return;
    }
    message.className = 'small error';
    message.textContent = saved.error.message;
    message.setAttribute('role', 'alert');
  };

  return h(
    'form',
    {
      className: 'save-query',
      'aria-label': 'Save as a saved query',
      onsubmit: (event: Event) => {
        event.preventDefault();
        void save();
      },
    },
    h('p', { className: 'field' }, h('label', { htmlFor: 'save-title' }, 'Title'), title),
    h('p', { className: 'field' }, h('label', { htmlFor: 'save-description' }, 'Description'), description),
    h(
      'p',
      { className: 'field' },
      h(
        'label',
        { htmlFor: 'save-token' },
        'Token ',
        h('span', { className: 'muted small' }, '(only if the server asks)'),
      ),
      token,
    ),
    h('button', { type: 'submit' }, 'Save query'),
    message,
  );
}
