// The legend: one row per label with its colour and shape, how many such nodes are in the view (and in the
// database), and a toggle that hides or shows them. Also the "size by" choice.
import { numericPropertyKeys, type NodeSizing } from '../../core/appearance/node-sizing';
import type { ExplorerCore } from '../../core/explorer-core';
import { isHiddenLabel } from '../../../../server/src/graph/hidden-labels';
import { LABEL_STYLES, primaryLabel, shapeForLabels } from '../../rendering/node-style';
import { batchInMicrotask } from '../../shared/batch-in-microtask';
import { h } from '../dom';

export function mountLegendPanel(element: HTMLElement, core: ExplorerCore): void {
  const render = () => {
    const inView = new Map<string, number>();
    core.graph.data.forEachNode((_node, { labels }) => {
      const label = primaryLabel(labels);
      inView.set(label, (inView.get(label) ?? 0) + 1);
    });
    const inDatabase = new Map(
      core.database.schema
        .get()
        ?.labels.filter(({ label }) => !isHiddenLabel(label))
        .map(({ label, count }) => [label, count]) ?? [],
    );
    const labels = [...new Set([...Object.keys(LABEL_STYLES), ...inView.keys()])].filter(
      (label) => inView.has(label) || inDatabase.has(label),
    );
    const hidden = core.filters.state.get().hiddenLabels;
    element.replaceChildren(
      h('h2', {}, 'Legend'),
      h(
        'ul',
        { className: 'legend', 'aria-label': 'Node labels' },
        ...labels.map((label) => {
          const shown = !hidden.has(label);
          const total = inDatabase.get(label);
          return h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                className: 'legend-item',
                'aria-pressed': String(shown),
                title: shown ? `Hide ${label} nodes` : `Show ${label} nodes`,
                onclick: () => core.filters.toggleLabel(label),
              },
              h('span', {
                className: `shape shape-${shapeForLabels([label])}`,
                style: `--swatch:${LABEL_STYLES[label]?.color ?? '#8c8c8c'}`,
              }),
              h('span', { className: 'legend-label' }, label),
              h(
                'span',
                { className: 'legend-count' },
                `${inView.get(label) ?? 0}${total !== undefined ? ` / ${total}` : ''}`,
              ),
            ),
          );
        }),
      ),
      h('p', { className: 'muted small' }, 'In view / in the database. Click a label to hide or show it.'),
      sizingControl(core),
    );
  };
  const schedule = batchInMicrotask(render);
  for (const event of ['nodeAdded', 'nodeDropped', 'cleared'] as const) core.graph.data.on(event, schedule);
  core.database.schema.subscribe(schedule);
  core.filters.state.subscribe(schedule);
  core.appearance.sizing.subscribe(schedule);
  render();
}

function sizingControl(core: ExplorerCore): HTMLElement {
  const current = core.appearance.sizing.get();
  const value = current.type === 'property' ? `property:${current.key}` : current.type;
  const select = h(
    'select',
    {
      id: 'size-by',
      onchange: (event: Event) => {
        const chosen = (event.target as HTMLSelectElement).value;
        const sizing: NodeSizing = chosen.startsWith('property:')
          ? { type: 'property', key: chosen.slice('property:'.length) }
          : chosen === 'uniform'
            ? { type: 'uniform' }
            : { type: 'degree' };
        core.appearance.setSizing(sizing);
      },
    },
    h('option', { value: 'degree' }, 'Degree (links in view)'),
    h('option', { value: 'uniform' }, 'Same size'),
    ...numericPropertyKeys(core.graph.data).map((key) => h('option', { value: `property:${key}` }, `Property: ${key}`)),
  );
  select.value = value;
  return h('p', { className: 'field' }, h('label', { htmlFor: 'size-by' }, 'Size nodes by'), select);
}
