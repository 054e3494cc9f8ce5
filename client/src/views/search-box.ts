// The search box: suggestions from full-text search as the user types; picking one reveals and selects the node.
// Arrow keys move through suggestions, Enter picks, Esc closes them.
import type { SearchResult } from '../api/api-contract';
import type { ExplorerCore } from '../core/explorer-core';
import { colorForLabels, primaryLabel } from '../rendering/node-style';
import { h } from './dom';

const DEBOUNCE_MS = 180;
const SUGGESTIONS = 10;

export function mountSearchBox(input: HTMLInputElement, list: HTMLElement, core: ExplorerCore): void {
  let results: SearchResult[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;

  const close = () => {
    results = [];
    active = -1;
    list.replaceChildren();
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const render = (message?: string) => {
    list.replaceChildren(
      ...(message
        ? [h('li', { className: 'search-empty', role: 'presentation' }, message)]
        : results.map((result, index) => suggestion(result, index, index === active, () => pick(result)))),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const pick = (result: SearchResult) => {
    close();
    input.value = result.caption;
    void core.graph.reveal(result.id);
  };

  const search = async (q: string) => {
    controller?.abort();
    controller = new AbortController();
    const found = await core.search.search(q, SUGGESTIONS, controller.signal);
    if (!found.ok) {
      if (found.error.code === 'ABORTED') return;
      results = [];
      render(found.error.message);
      return;
    }
    if (input.value.trim() !== q) return;
    results = found.results;
    active = results.length > 0 ? 0 : -1;
    render(results.length === 0 ? `Nothing matches "${q}".` : undefined);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) return close();
    timer = setTimeout(() => void search(q), DEBOUNCE_MS);
  });
  /** Arrow keys move through the suggestions, Enter picks, Esc closes them (or leaves the box). */
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (results.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + results.length) % results.length;
      render();
    } else if (event.key === 'Enter') {
      const result = results[active];
      if (result) {
        event.preventDefault();
        pick(result);
      }
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.stopPropagation();
        close();
      } else {
        input.blur();
      }
    }
  };
  input.addEventListener('keydown', onKey);
  input.addEventListener('blur', () => setTimeout(close, 150));
  close();
}

function suggestion(result: SearchResult, index: number, active: boolean, pick: () => void): HTMLElement {
  return h(
    'li',
    {
      id: `search-option-${index}`,
      role: 'option',
      'aria-selected': String(active),
      // Keeps the focus in the box, so the click lands before the blur closes the list.
      onmousedown: (event: Event) => event.preventDefault(),
      onclick: pick,
    },
    h('span', { className: 'swatch', style: `background:${colorForLabels(result.labels)}` }),
    h('span', { className: 'option-caption' }, result.caption),
    h('span', { className: 'option-label' }, primaryLabel(result.labels)),
  );
}
