// Picks an entity without typing its id: search as you type (the server's full-text search), or take the node
// selected in the graph. Calls back with { id, name } or null when cleared.
import type { ExplorerCore } from '../../core/explorer-core';
import type { EntityChoice } from '../../core/claims/claims-state';
import { h } from '../dom';

export interface EntityPicker {
  element: HTMLElement;
  /** The text field, for a form that marks it invalid or focuses it. */
  input: HTMLInputElement;
  set(choice: EntityChoice | null): void;
  /** The entity picked, or null when none is (the text typed may still be an id). */
  value(): EntityChoice | null;
  /** Picks the node selected in the graph; false when no node is selected. */
  useSelection(): boolean;
}

export interface EntityPickerOptions {
  label: string;
  labels?: string[];
  onChange?: (choice: EntityChoice | null) => void;
  required?: boolean;
  /** The field's id, for a label or an error message elsewhere that refers to it. */
  id?: string;
}

export function entityPicker(core: ExplorerCore, options: EntityPickerOptions): EntityPicker {
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const list = h('ul', {
    className: 'suggestions picker-suggestions',
    role: 'listbox',
    'aria-label': `${options.label} suggestions`,
  });
  list.hidden = true;
  const input = h('input', {
    id: options.id,
    required: options.required,
    type: 'search',
    placeholder: 'Type a name…',
    autocomplete: 'off',
    'aria-label': options.label,
    'aria-autocomplete': 'list',
  });
  const choose = (choice: EntityChoice | null) => {
    input.value = choice?.name ?? '';
    input.dataset.entityId = choice?.id ?? '';
    list.hidden = true;
    options.onChange?.(choice);
  };
  const useSelection = () => {
    const selection = core.selection.state.get();
    if (selection.type !== 'node') return false;
    choose({ id: selection.id, name: core.graph.caption(selection.id) });
    return true;
  };
  const suggest = async (q: string) => {
    controller?.abort();
    controller = new AbortController();
    const found = await core.search.search(q, 8, controller.signal);
    // An aborted or failed suggestion leaves the field as typed; the next keystroke asks again.
    if (!found.ok) return;
    {
      const { results } = found;
      const wanted = options.labels
        ? results.filter((r) => r.labels.some((label) => options.labels?.includes(label)))
        : results;
      list.replaceChildren(
        ...wanted.map((result) =>
          h(
            'li',
            {
              role: 'option',
              tabIndex: -1,
              onmousedown: (event: MouseEvent) => event.preventDefault(),
              onclick: () => choose({ id: result.id, name: result.caption }),
              onkeydown: (event: KeyboardEvent) => {
                if (event.key === 'Enter') choose({ id: result.id, name: result.caption });
              },
            },
            result.caption,
            h('span', { className: 'muted small' }, ` ${result.labels.join(', ')}`),
          ),
        ),
      );
      list.hidden = wanted.length === 0;
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    input.dataset.entityId = '';
    const q = input.value.trim();
    if (!q) {
      choose(null);
      return;
    }
    timer = setTimeout(() => void suggest(q), 200);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') (list.querySelector('li') as HTMLElement | null)?.focus();
    if (event.key === 'Escape') list.hidden = true;
  });
  input.addEventListener('blur', () => setTimeout(() => (list.hidden = true), 150));
  const fromSelection = h(
    'button',
    {
      type: 'button',
      title: 'Use the node selected in the graph',
      onclick: () => void useSelection(),
    },
    'Use selection',
  );
  const row = h('div', { className: 'picker-row' }, input, fromSelection);
  // With an id, a label elsewhere names the field (a saved query's form); otherwise the picker carries its own.
  const element = h('div', { className: 'entity-picker' }, options.id ? row : h('label', {}, options.label, row), list);
  return {
    element,
    input,
    set: (choice) => {
      input.value = choice?.name ?? '';
      input.dataset.entityId = choice?.id ?? '';
    },
    value: () => (input.dataset.entityId ? { id: input.dataset.entityId, name: input.value } : null),
    useSelection,
  };
}
