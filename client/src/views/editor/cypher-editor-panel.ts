// The Cypher editor (@neo4j-cypher/codemirror): highlighting and completion from the database schema, Ctrl/Cmd+Enter
// runs, the server's error message appears right under the editor, past queries come back from the history, and the
// query can be saved to the catalogue.
import { Prec } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import type { Explorer } from '../../core/explorer/explorer';
import { addToHistory, readHistory, readSaveToken, writeSaveToken } from '../../core/queries/query-history';
import type { ResultMode } from '../../core/queries/query-run';
import { h } from '../dom';
import { inferParams } from './infer-params';

const EXAMPLE = `MATCH (p:Person)-[c:CLAIMED]->(claim:Claim)
WHERE claim.kind = $kind
RETURN p, c, claim LIMIT 50`;

export interface CypherEditorPanel {
  editor: EditorApi;
  setQuery(query: string, params?: Record<string, unknown>): void;
}

export function mountCypherEditorPanel(
  element: HTMLElement,
  explorer: Explorer,
  onSaved: () => void,
): CypherEditorPanel {
  const host = h('div', { className: 'cypher-editor', role: 'group', 'aria-label': 'Cypher query' });
  const paramsInput = h('textarea', {
    id: 'cypher-params',
    rows: 2,
    spellcheck: false,
    placeholder: '{"kind": "casualties"}',
  });
  const error = h('div', { id: 'editor-error', className: 'editor-error', role: 'alert' });
  const summary = h('p', { className: 'muted small', id: 'editor-summary', 'aria-live': 'polite' });
  const history = h('select', { id: 'cypher-history', 'aria-label': 'History' });
  const dark = window.matchMedia('(prefers-color-scheme: dark)');

  const run = async (mode: ResultMode) => {
    const query = editor.codemirror.state.doc.toString().trim();
    error.textContent = '';
    summary.textContent = '';
    if (!query) {
      error.textContent = 'Write a Cypher query first, e.g. MATCH (n:Person) RETURN n LIMIT 25.';
      return;
    }
    const params = readParams();
    if (!params) return;
    renderHistory(addToHistory(query));
    summary.textContent = 'Running…';
    const result = await explorer.runQuery({ type: 'cypher', query, params }, mode);
    const state = explorer.queryRun.get();
    if (!result) {
      summary.textContent = '';
      if (state.type === 'failed') error.textContent = `${state.error.message} (${state.error.code})`;
      return;
    }
    summary.textContent = `${result.summary.rows} rows, ${result.graph.nodes.length} nodes in ${Math.round(result.summary.ms)} ms${result.summary.truncated ? ' — truncated' : ''}.`;
  };

  const readParams = (): Record<string, unknown> | null => {
    const text = paramsInput.value.trim();
    if (!text) return {};
    try {
      const value: unknown = JSON.parse(text);
      if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // reported below
    }
    error.textContent = 'Parameters must be a JSON object, e.g. {"kind": "casualties"}.';
    return null;
  };

  const runKeys = Prec.highest(
    keymap.of([
      { key: 'Mod-Enter', run: () => (void run('replace'), true) },
      { key: 'Shift-Mod-Enter', run: () => (void run('add'), true) },
    ]),
  );
  // The typings say the API is returned directly; at run time (1.0.3) it comes wrapped as { editor }.
  const { editor } = createCypherEditor(host, {
    value: readHistory()[0] ?? EXAMPLE,
    autofocus: false,
    lineNumbers: true,
    lineWrapping: true,
    theme: dark.matches ? 'dark' : 'light',
    placeholder: 'MATCH (n) RETURN n LIMIT 25',
    postExtensions: [runKeys],
  }) as unknown as { editor: EditorApi };
  dark.addEventListener('change', () => editor.setTheme(dark.matches ? 'dark' : 'light'));
  editor.codemirror.contentDOM.setAttribute('aria-label', 'Cypher query');
  explorer.schema.subscribe((schema) => {
    if (!schema) return;
    editor.setSchema({
      labels: schema.labels.map((l) => l.label),
      relationshipTypes: schema.relationshipTypes.map((t) => t.type),
      propertyKeys: schema.propertyKeys,
    });
  });

  const renderHistory = (items: string[]) => {
    history.replaceChildren(
      h('option', { value: '' }, items.length > 0 ? `History (${items.length})` : 'No history yet'),
      ...items.map((item, index) => h('option', { value: String(index) }, item.replace(/\s+/g, ' ').slice(0, 80))),
    );
    history.onchange = () => {
      const item = items[Number(history.value)];
      if (history.value !== '' && item !== undefined) editor.setValue(item);
      history.value = '';
    };
  };
  renderHistory(readHistory());

  const saveTitle = h('input', { id: 'save-title', type: 'text', required: true, placeholder: 'What the query shows' });
  const saveDescription = h('input', { id: 'save-description', type: 'text' });
  const saveToken = h('input', { id: 'save-token', type: 'password', value: readSaveToken(), autocomplete: 'off' });
  const saveMessage = h('p', { className: 'small', role: 'status' });
  const saveForm = h(
    'form',
    {
      className: 'save-query',
      'aria-label': 'Save as a saved query',
      onsubmit: async (event: Event) => {
        event.preventDefault();
        const query = editor.codemirror.state.doc.toString().trim();
        const params = readParams();
        if (!params || !query) return;
        saveMessage.className = 'small';
        saveMessage.textContent = 'Saving…';
        try {
          writeSaveToken(saveToken.value.trim());
          const { query: saved } = await explorer.api.saveQuery(
            {
              title: saveTitle.value.trim(),
              description: saveDescription.value.trim() || undefined,
              query,
              params: inferParams(query, params),
            },
            saveToken.value.trim() || undefined,
          );
          saveMessage.textContent = `Saved as “${saved.title}” in Saved queries.`;
          onSaved();
        } catch (e) {
          saveMessage.className = 'small error';
          saveMessage.textContent = e instanceof Error ? e.message : String(e);
          saveMessage.setAttribute('role', 'alert');
        }
      },
    },
    h('p', { className: 'field' }, h('label', { htmlFor: 'save-title' }, 'Title'), saveTitle),
    h('p', { className: 'field' }, h('label', { htmlFor: 'save-description' }, 'Description'), saveDescription),
    h(
      'p',
      { className: 'field' },
      h(
        'label',
        { htmlFor: 'save-token' },
        'Token ',
        h('span', { className: 'muted small' }, '(only if the server asks)'),
      ),
      saveToken,
    ),
    h('button', { type: 'submit' }, 'Save query'),
    saveMessage,
  );

  element.replaceChildren(
    h('h2', {}, 'Cypher'),
    host,
    error,
    h(
      'p',
      { className: 'buttons' },
      h(
        'button',
        { type: 'button', className: 'primary', onclick: () => void run('replace'), title: 'Ctrl/Cmd+Enter' },
        'Run',
      ),
      h('button', { type: 'button', onclick: () => void run('add'), title: 'Shift+Ctrl/Cmd+Enter' }, 'Add to view'),
      history,
    ),
    summary,
    h('p', { className: 'field' }, h('label', { htmlFor: 'cypher-params' }, 'Parameters (JSON)'), paramsInput),
    h('p', { className: 'muted small' }, 'Read-only: the server refuses queries that write. Ctrl/Cmd+Enter runs.'),
    h('details', {}, h('summary', {}, 'Save as a saved query'), saveForm),
  );

  return {
    editor,
    setQuery(query, params = {}) {
      editor.setValue(query);
      paramsInput.value = Object.keys(params).length > 0 ? JSON.stringify(params) : '';
    },
  };
}
