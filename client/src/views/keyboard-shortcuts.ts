// Keyboard shortcuts: "/" focuses search, Esc clears the selection, Ctrl/Cmd+Z undoes, + / - / 0 zoom and fit,
// "e" expands the selected node. Typing in a field is never intercepted (except Esc to leave it).
import type { Explorer } from '../core/explorer/explorer';
import { selectedNodeId } from '../core/selection/selection-state';
import type { GraphView } from '../rendering/graph-view';

export function mountKeyboardShortcuts(explorer: Explorer, view: GraphView, search: HTMLInputElement): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = !!target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
    if (event.key === 'Escape') {
      if (typing) target?.blur();
      explorer.select(null);
      return;
    }
    if (typing || event.altKey) return;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      explorer.undo();
      return;
    }
    if (event.ctrlKey || event.metaKey) return;
    const selected = selectedNodeId(explorer.selection.get());
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
        if (selected) void explorer.expand(selected);
        break;
    }
  });
}
