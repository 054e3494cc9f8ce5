// Filters beyond the legend's labels: relationship types and a date range (claims' date, articles' published date,
// events' start date; nodes without a date stay visible).
import type { Explorer } from '../../core/explorer/explorer';
import { isFiltering, NO_FILTERS, toggled } from '../../core/filters/filters-state';
import { batchedRender, h, present } from '../dom';

export function mountFiltersPanel(element: HTMLElement, explorer: Explorer): void {
  const render = () => {
    const filters = explorer.filters.get();
    const inView = new Map<string, number>();
    explorer.graph.forEachEdge((_edge, { relType }) => inView.set(relType, (inView.get(relType) ?? 0) + 1));
    const types = [
      ...new Set([...(explorer.schema.get()?.relationshipTypes.map((t) => t.type) ?? []), ...inView.keys()]),
    ].sort();
    const dateInput = (id: string, label: string, key: 'from' | 'to') =>
      h(
        'p',
        { className: 'field' },
        h('label', { htmlFor: id }, label),
        h('input', {
          id,
          type: 'date',
          value: filters[key] ?? '',
          onchange: (event: Event) => {
            const value = (event.target as HTMLInputElement).value || null;
            explorer.filters.set((f) => ({ ...f, [key]: value }));
          },
        }),
      );
    element.replaceChildren(
      ...present(
        h('h2', {}, 'Filters'),
        h(
          'fieldset',
          {},
          h('legend', {}, 'Relationship types'),
          ...types.map((type) =>
            h(
              'label',
              { className: 'check' },
              h('input', {
                type: 'checkbox',
                checked: !filters.hiddenTypes.has(type),
                onchange: () => explorer.filters.set((f) => ({ ...f, hiddenTypes: toggled(f.hiddenTypes, type) })),
              }),
              ` ${type} `,
              h('span', { className: 'muted' }, String(inView.get(type) ?? 0)),
            ),
          ),
        ),
        h(
          'fieldset',
          {},
          h('legend', {}, 'Dates'),
          dateInput('filter-from', 'From', 'from'),
          dateInput('filter-to', 'To', 'to'),
        ),
        isFiltering(filters)
          ? h('button', { type: 'button', onclick: () => explorer.filters.set(NO_FILTERS) }, 'Clear filters')
          : null,
      ),
    );
  };
  const schedule = batchedRender(render);
  for (const event of ['edgeAdded', 'edgeDropped', 'cleared'] as const) explorer.graph.on(event, schedule);
  explorer.schema.subscribe(schedule);
  explorer.filters.subscribe(schedule);
  render();
}
