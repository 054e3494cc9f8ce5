// The editor's history menu: past queries (newest first, from the browser's storage); picking one loads it.
import { h } from '../dom';

export interface QueryHistorySelect {
  element: HTMLSelectElement;
  show(items: string[]): void;
}

export function queryHistorySelect(load: (query: string) => void): QueryHistorySelect {
  const element = h('select', { id: 'cypher-history', 'aria-label': 'History' });
  return {
    element,
    show(items) {
      element.replaceChildren(
        h('option', { value: '' }, items.length > 0 ? `History (${items.length})` : 'No history yet'),
        ...items.map((item, index) => h('option', { value: String(index) }, item.replace(/\s+/g, ' ').slice(0, 80))),
      );
      element.onchange = () => {
        const item = items[Number(element.value)];
        if (element.value !== '' && item !== undefined) load(item);
        element.value = '';
      };
    },
  };
}
