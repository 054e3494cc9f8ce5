// The inspector ("Details" region): the selected node's caption, properties and aliases, actions (expand, more,
// collapse, remove), and details by label loaded from the API. Entities are links that select them in the graph.
import type { GraphNode as NodeRecord } from '../../api/api-contract';
import type { ExplorerCore } from '../../core/explorer-core';
import { hasMore } from '../../core/graph/expansion';
import { selectedNodeId } from '../../core/selection/selection-state';
import { colorForLabels, primaryLabel } from '../../rendering/node-style';
import { formatValue, h } from '../dom';
import { labelDetails } from './label-details';

// Shown elsewhere in the inspector (the header, or the claim card for claims).
const HIDDEN_PROPERTIES = new Set(['id', 'name', 'aliases', 'text', 'title']);
const CLAIM_CARD_PROPERTIES = new Set(['date', 'kind', 'countMin', 'countMax', 'measure', 'verified', 'dateNote']);

export function mountInspector(region: HTMLElement, core: ExplorerCore): void {
  let token = 0;

  const render = async () => {
    const id = selectedNodeId(core.selection.state.get());
    const current = ++token;
    region.dataset.state = 'loading';
    if (!id) {
      region.replaceChildren(
        h('h2', {}, 'Details'),
        h(
          'p',
          { className: 'muted' },
          'Select a node to see who said what: click it, or search with “/”. Double-click a node to expand it.',
        ),
      );
      region.dataset.state = 'empty';
      return;
    }
    const found = await core.graph.node(id);
    if (current !== token) return;
    if (!found.ok) {
      const message = found.error.code === 'NOT_FOUND' ? `No node has the id “${id}”.` : found.error.message;
      region.replaceChildren(h('h2', {}, 'Details'), h('p', { className: 'error' }, message));
      region.dataset.state = 'error';
      return;
    }
    const record = found.node;
    const details = h('div', { className: 'label-details' }, h('p', { className: 'muted loading' }, 'Loading…'));
    region.replaceChildren(header(record), actions(core, id), properties(record), details);
    try {
      const sections = await labelDetails(core, id, record.labels);
      if (current !== token) return;
      details.replaceChildren(...sections);
    } catch (error) {
      if (current !== token) return;
      details.replaceChildren(h('p', { className: 'error' }, error instanceof Error ? error.message : String(error)));
    }
    region.dataset.state = 'ready';
  };

  core.selection.state.subscribe(() => void render());
  core.graph.expansions.subscribe(() => {
    const id = selectedNodeId(core.selection.state.get());
    const bar = region.querySelector('.inspector-actions');
    if (id && bar) bar.replaceWith(actions(core, id));
  });
  void render();
}

function header(record: NodeRecord): HTMLElement {
  const label = primaryLabel(record.labels);
  return h(
    'header',
    { className: 'inspector-header' },
    h(
      'p',
      { className: 'kind' },
      h('span', { className: 'swatch', style: `background:${colorForLabels(record.labels)}` }),
      record.labels.join(', '),
    ),
    h('h2', {}, label === 'Claim' ? 'Claim' : record.caption),
    label === 'Claim' ? h('p', { className: 'claim-text lead' }, record.caption) : null,
    h('p', { className: 'muted small node-id' }, record.id),
  );
}

function actions(core: ExplorerCore, id: string): HTMLElement {
  const expansion = core.graph.expansions.get().get(id);
  return h(
    'div',
    { className: 'inspector-actions', role: 'group', 'aria-label': 'Node actions' },
    h('button', { type: 'button', onclick: () => void core.graph.expand(id) }, 'Expand'),
    hasMore(expansion)
      ? h(
          'button',
          { type: 'button', onclick: () => void core.graph.expand(id, 'more') },
          `More (${expansion!.total - expansion!.shown})`,
        )
      : null,
    h('button', { type: 'button', onclick: () => core.graph.collapse(id) }, 'Collapse'),
    h('button', { type: 'button', onclick: () => core.graph.remove(id) }, 'Remove'),
    h('button', { type: 'button', onclick: () => core.graph.centre(id) }, 'Centre'),
  );
}

function properties(record: NodeRecord): HTMLElement {
  const aliases = record.properties.aliases;
  const rows = Object.entries(record.properties)
    .filter(
      ([key]) => !HIDDEN_PROPERTIES.has(key) && !(record.labels.includes('Claim') && CLAIM_CARD_PROPERTIES.has(key)),
    )
    .sort(([a], [b]) => a.localeCompare(b));
  return h(
    'section',
    { className: 'inspector-section' },
    Array.isArray(aliases) && aliases.length > 0
      ? h('p', { className: 'aliases' }, 'Also known as: ', h('strong', {}, aliases.join(', ')))
      : null,
    rows.length > 0
      ? h(
          'dl',
          { className: 'properties' },
          ...rows.flatMap(([key, value]) => [h('dt', {}, key), h('dd', {}, formatValue(value))]),
        )
      : null,
  );
}
