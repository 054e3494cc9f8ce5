// Filters beyond the legend's labels: relationship types and a date range (claims' date, articles' published date,
// events' start date; nodes without a date stay visible).
import { AGREEMENT_COLORS, DASHED_RELATIONSHIPS } from '../../rendering/agreement-style';
import type { ExplorerCore } from '../../core/explorer-core';
import { isFiltering } from '../../core/filters/filters-state';
import { batchInMicrotask } from '../../shared/batch-in-microtask';
import { h, present } from '../dom';

export function mountFiltersPanel(element: HTMLElement, core: ExplorerCore): void {
  const render = () => {
    const filters = core.filters.state.get();
    const inView = new Map<string, number>();
    core.graph.data.forEachEdge((_edge, { relType }) => inView.set(relType, (inView.get(relType) ?? 0) + 1));
    const types = [
      ...new Set([...(core.database.schema.get()?.relationshipTypes.map((t) => t.type) ?? []), ...inView.keys()]),
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
            core.filters.setDate(key, value);
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
                onchange: () => core.filters.toggleRelationshipType(type),
              }),
              type in AGREEMENT_COLORS
                ? h('span', {
                    className: DASHED_RELATIONSHIPS.includes(type) ? 'rel-swatch dashed' : 'rel-swatch',
                    style: `--swatch:${AGREEMENT_COLORS[type as keyof typeof AGREEMENT_COLORS]}`,
                    'aria-hidden': 'true',
                  })
                : null,
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
          ? h('button', { type: 'button', onclick: () => core.filters.clear() }, 'Clear filters')
          : null,
      ),
    );
  };
  const schedule = batchInMicrotask(render);
  for (const event of ['edgeAdded', 'edgeDropped', 'cleared'] as const) core.graph.data.on(event, schedule);
  core.database.schema.subscribe(schedule);
  core.filters.state.subscribe(schedule);
  render();
}
