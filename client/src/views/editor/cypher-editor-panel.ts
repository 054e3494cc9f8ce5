// The Cypher editor panel: the code editor, Run and Add to view, the server's error right under the editor, a
// summary of the last run, parameters as JSON, the history menu, and the form that saves the query.
import type { EditorApi } from '@neo4j-cypher/codemirror';
import type { ExplorerCore } from '../../core/explorer-core';
import { addToHistory, readHistory } from '../../core/queries/query-history';
import type { ResultMode } from '../../core/queries/query-run';
import { h } from '../dom';
import { mountCypherCodeEditor } from './cypher-code-editor';
import { queryHistorySelect } from './query-history-select';
import { saveQueryForm } from './save-query-form';

const EXAMPLE = `MATCH (p:Person)-[c:CLAIMED]->(claim:Claim)
WHERE claim.kind = $kind
RETURN p, c, claim LIMIT 50`;

export interface CypherEditorPanel {
  editor: EditorApi;
  setQuery(query: string, params?: Record<string, unknown>): void;
}

export function mountCypherEditorPanel(
  element: HTMLElement,
  core: ExplorerCore,
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

  /** The editor's query and parameters, or null after saying what is missing or wrong. */
  const content = (): { query: string; params: Record<string, unknown> } | null => {
    const query = editor.codemirror.state.doc.toString().trim();
    if (!query) {
      error.textContent = 'Write a Cypher query first, e.g. MATCH (n:Person) RETURN n LIMIT 25.';
      return null;
    }
    const params = parseParamsJson(paramsInput.value);
    if (!params) error.textContent = 'Parameters must be a JSON object, e.g. {"kind": "casualties"}.';
    return params ? { query, params } : null;
  };

  const run = async (mode: ResultMode) => {
    error.textContent = '';
    summary.textContent = '';
    const current = content();
    if (!current) return;
    history.show(addToHistory(current.query));
    summary.textContent = 'Running…';
    const outcome = await core.queries.run({ type: 'cypher', ...current }, mode);
    if (!outcome.ok) {
      summary.textContent = '';
      error.textContent = `${outcome.error.message} (${outcome.error.code})`;
      return;
    }
    const { summary: ran, graph } = outcome.result;
    summary.textContent = `${ran.rows} rows, ${graph.nodes.length} nodes in ${Math.round(ran.ms)} ms${ran.truncated ? ' — truncated' : ''}.`;
  };

  const editor = mountCypherCodeEditor(host, core, readHistory()[0] ?? EXAMPLE, (mode) => void run(mode));
  const history = queryHistorySelect((query) => editor.setValue(query));
  history.show(readHistory());

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
      history.element,
    ),
    summary,
    h('p', { className: 'field' }, h('label', { htmlFor: 'cypher-params' }, 'Parameters (JSON)'), paramsInput),
    h('p', { className: 'muted small' }, 'Read-only: the server refuses queries that write. Ctrl/Cmd+Enter runs.'),
    h('details', {}, h('summary', {}, 'Save as a saved query'), saveQueryForm(core, content, onSaved)),
  );

  return {
    editor,
    setQuery(query, params = {}) {
      editor.setValue(query);
      paramsInput.value = Object.keys(params).length > 0 ? JSON.stringify(params) : '';
    },
  };
}

/** The parameters box: empty means none; otherwise a JSON object, or null when it is not one. */
function parseParamsJson(text: string): Record<string, unknown> | null {
  if (!text.trim()) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // Not JSON: answered as null below.
  }
  return null;
}
