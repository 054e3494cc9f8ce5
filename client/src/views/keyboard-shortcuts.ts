// Keyboard shortcuts: "/" focuses search, Esc clears the selection, Ctrl/Cmd+Z undoes, + / - / 0 zoom and fit,
// "e" expands the selected node. Typing in a field is never intercepted (except Esc to leave it).
import type { ExplorerCore } from '../core/explorer-core';
import { selectedNodeId } from '../core/selection/selection-state';
import type { GraphView } from '../rendering/graph-view';

export function mountKeyboardShortcuts(core: ExplorerCore, view: GraphView, search: HTMLInputElement): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = !!target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
    if (event.key === 'Escape') {
      if (typing) target?.blur();
      core.selection.select(null);
      return;
    }
    if (typing || event.altKey) return;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      core.graph.undo();
      return;
    }
    if (event.ctrlKey || event.metaKey) return;
    const selected = selectedNodeId(core.selection.state.get());
    switch (event.key) {
      case '/':
        event.preventDefault();
        search.focus();
        search.select();
        break;
      case '+':
      case '=':
        void view.zoom(1.5);
        break;
      case '-':
        void view.zoom(1 / 1.5);
        break;
      case '0':
        void view.fit();
        break;
      case 'e':
        if (selected) void core.graph.expand(selected);
        break;
    }
  });
}
