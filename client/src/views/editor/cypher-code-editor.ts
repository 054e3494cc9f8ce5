// The Cypher code editor itself (@neo4j-cypher/codemirror): highlighting, completion from the database schema,
// Ctrl/Cmd+Enter runs (with Shift: adds to the view), light or dark as the system is.
import { Prec } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import type { ExplorerCore } from '../../core/explorer-core';
import type { ResultMode } from '../../core/queries/query-run';

export function mountCypherCodeEditor(
  host: HTMLElement,
  core: ExplorerCore,
  initial: string,
  run: (mode: ResultMode) => void,
): EditorApi {
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  const runKeys = Prec.highest(
    keymap.of([
      { key: 'Mod-Enter', run: () => (run('replace'), true) },
      { key: 'Shift-Mod-Enter', run: () => (run('add'), true) },
    ]),
  );
  // The typings say the API is returned directly; at run time (1.0.3) it comes wrapped as { editor }.
  const { editor } = createCypherEditor(host, {
    value: initial,
    autofocus: false,
    lineNumbers: true,
    lineWrapping: true,
    theme: dark.matches ? 'dark' : 'light',
    placeholder: 'MATCH (n) RETURN n LIMIT 25',
    postExtensions: [runKeys],
  }) as unknown as { editor: EditorApi };
  dark.addEventListener('change', () => editor.setTheme(dark.matches ? 'dark' : 'light'));
  editor.codemirror.contentDOM.setAttribute('aria-label', 'Cypher query');
  core.database.schema.subscribe((schema) => {
    if (!schema) return;
    editor.setSchema({
      labels: schema.labels.map((l) => l.label),
      relationshipTypes: schema.relationshipTypes.map((t) => t.type),
      propertyKeys: schema.propertyKeys,
    });
  });
  return editor;
}
