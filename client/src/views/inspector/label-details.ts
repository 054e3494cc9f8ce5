// The part of the inspector that depends on the node's label: for a person or agency their agency and the claims
// they made; for a claim its full record; for an article what it reports; for a place or event the claims about it.
import type { Claim } from '../../api/api-contract';
import type { Explorer } from '../../core/explorer/explorer';
import { h } from '../dom';
import { claimCard, describeFigures } from './claim-card';
import { entityLink } from './entity-link';

export async function labelDetails(explorer: Explorer, id: string, labels: readonly string[]): Promise<HTMLElement[]> {
  const { api } = explorer;
  if (labels.includes('Claim')) {
    const { claim } = await api.claim(id);
    const sections = [section('Claim', claimCard(explorer, claim, { full: true }))];
    if (claim.kind && (claim.countMin !== null || claim.countMax !== null)) {
      // "Who else gave figures?": the other claims of the same kind that carry numbers, side by side.
      const { claims } = await api.claims({ kind: claim.kind, limit: 200 });
      const others = claims.filter((c) => c.id !== claim.id && (c.countMin !== null || c.countMax !== null));
      if (others.length > 0)
        sections.push(section(`Other ${claim.kind} figures (${others.length})`, figuresTable(explorer, others)));
    }
    return sections;
  }
  if (labels.includes('Person') || labels.includes('Agency')) {
    const [links, { claims: own }] = await Promise.all([
      api.neighbors(id, { types: ['MEMBER_OF', 'PART_OF'], limit: 100 }),
      api.claims({ by: id, limit: 200 }),
    ]);
    const linked = (type: string, direction: 'out' | 'in') =>
      links.edges.flatMap((edge) => {
        if (edge.type !== type || (direction === 'out' ? edge.source : edge.target) !== id) return [];
        const other = links.nodes.find((n) => n.id === (direction === 'out' ? edge.target : edge.source));
        return other ? [{ node: other, role: edge.properties.role }] : [];
      });
    const list = (items: ReturnType<typeof linked>) =>
      h(
        'ul',
        { className: 'plain' },
        ...items.map(({ node, role }) =>
          h(
            'li',
            {},
            entityLink(explorer, { id: node.id, labels: node.labels, name: node.caption }),
            typeof role === 'string' ? h('span', { className: 'muted' }, ` — ${role}`) : null,
          ),
        ),
      );
    const agencies = [...linked('MEMBER_OF', 'out'), ...linked('PART_OF', 'out')];
    const members = linked('MEMBER_OF', 'in');
    const units = linked('PART_OF', 'in');
    // An agency speaks through its people: their claims count as the agency's too (marked with who said them).
    const memberClaims = await Promise.all(members.map(({ node }) => api.claims({ by: node.id, limit: 200 })));
    const claims = uniqueById([...own, ...memberClaims.flatMap((r) => r.claims)]).sort((a, b) =>
      (a.date ?? '').localeCompare(b.date ?? ''),
    );
    const title =
      members.length > 0 ? `Claims by it and its people (${claims.length})` : `Claims made (${claims.length})`;
    return [
      agencies.length > 0 ? section(labels.includes('Person') ? 'Agency' : 'Part of', list(agencies)) : null,
      members.length > 0 ? section(`People (${members.length})`, list(members)) : null,
      units.length > 0 ? section(`Units and offices (${units.length})`, list(units)) : null,
      section(
        title,
        ...(claims.length > 0
          ? claims.map((claim) => claimCard(explorer, claim, { showClaimants: members.length > 0 }))
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

function uniqueById(claims: Claim[]): Claim[] {
  return [...new Map(claims.map((claim) => [claim.id, claim])).values()];
}

function figuresTable(explorer: Explorer, claims: Claim[]): HTMLElement {
  return h(
    'table',
    { className: 'figures', 'aria-label': 'Other figures' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Date'),
        h('th', { scope: 'col' }, 'Who'),
        h('th', { scope: 'col' }, 'Figure'),
      ),
    ),
    h(
      'tbody',
      {},
      ...claims.map((claim) =>
        h(
          'tr',
          {},
          h('td', {}, claim.date ?? '—'),
          h('td', {}, ...claim.claimants.flatMap((who, i) => [i > 0 ? ', ' : '', entityLink(explorer, who)])),
          h('td', {}, entityLink(explorer, { id: claim.id, name: describeFigures(claim) ?? claim.text })),
        ),
      ),
    ),
  );
}
