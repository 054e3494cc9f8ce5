// A link to a node in the inspector: activating it selects the node in the graph, adding it when it is absent.
import type { ExplorerCore } from '../../core/explorer-core';
import { colorForLabels } from '../../rendering/node-style';
import { h } from '../dom';

/** An entity to link to; without a name (the API's `name` and `text` may be null) the link shows its id. */
export interface LinkedEntity {
  id: string;
  labels?: string[];
  name: string | null;
}

export function entityLink(core: ExplorerCore, entity: LinkedEntity): HTMLElement {
  return h(
    'a',
    {
      href: `?node=${encodeURIComponent(entity.id)}`,
      className: 'entity-link',
      dataset: { nodeId: entity.id },
      onclick: (event: MouseEvent) => {
        event.preventDefault();
        void core.graph.reveal(entity.id);
      },
    },
    entity.labels ? h('span', { className: 'swatch', style: `background:${colorForLabels(entity.labels)}` }) : null,
    entity.name ?? entity.id,
  );
}
