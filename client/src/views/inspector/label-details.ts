// The part of the inspector that depends on the node's label: for a person or agency their agency and the claims
// they made; for a claim its full record; for an article what it reports; for a place or event the claims about it.
import type { Explorer } from '../../core/explorer/explorer';
import { h } from '../dom';
import { claimCard } from './claim-card';
import { entityLink } from './entity-link';

export async function labelDetails(explorer: Explorer, id: string, labels: readonly string[]): Promise<HTMLElement[]> {
  const { api } = explorer;
  if (labels.includes('Claim')) {
    const { claim } = await api.claim(id);
    return [section('Claim', claimCard(explorer, claim, { full: true }))];
  }
  if (labels.includes('Person') || labels.includes('Agency')) {
    const [membership, { claims }] = await Promise.all([
      api.neighbors(id, { types: ['MEMBER_OF', 'PART_OF'], limit: 20 }),
      api.claims({ by: id, limit: 200 }),
    ]);
    const memberships = membership.edges.filter((edge) => edge.source === id);
    const agencies = memberships.flatMap((edge) => {
      const node = membership.nodes.find((n) => n.id === edge.target);
      if (!node) return [];
      const role = edge.properties.role;
      return [
        h(
          'li',
          {},
          entityLink(explorer, { id: node.id, labels: node.labels, name: node.caption }),
          typeof role === 'string' ? h('span', { className: 'muted' }, ` — ${role}`) : null,
        ),
      ];
    });
    return [
      agencies.length > 0
        ? section(labels.includes('Person') ? 'Agency' : 'Part of', h('ul', { className: 'plain' }, ...agencies))
        : null,
      section(
        `Claims made (${claims.length})`,
        ...(claims.length > 0
          ? claims.map((claim) => claimCard(explorer, claim, { showClaimants: false }))
          : [h('p', { className: 'muted' }, 'No claims recorded.')]),
      ),
    ].filter((element): element is HTMLElement => element !== null);
  }
  if (labels.includes('Article')) {
    const { claims } = await api.claims({ article: id, limit: 200 });
    return [section(`Reports (${claims.length} claims)`, ...claims.map((claim) => claimCard(explorer, claim)))];
  }
  if (labels.includes('Place') || labels.includes('Event')) {
    const { claims } = await api.claims({ about: id, limit: 200 });
    if (claims.length === 0) return [];
    return [section(`Claims about it (${claims.length})`, ...claims.map((claim) => claimCard(explorer, claim)))];
  }
  return [];
}

function section(title: string, ...children: HTMLElement[]): HTMLElement {
  return h('section', { className: 'inspector-section' }, h('h3', {}, title), ...children);
}
