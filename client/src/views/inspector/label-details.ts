// The part of the inspector that depends on the node's label: for a person or agency their agency and the claims
// they made; for a claim its full record; for an article what it reports; for a place or event the claims about it.
import type { Claim, GraphNode } from '../../api/api-contract';
import type { ActionResult } from '../../core/action-result';
import type { ExplorerCore } from '../../core/explorer-core';
import { h } from '../dom';
import { claimCard, describeFigures } from './claim-card';
import { entityLink } from './entity-link';

/** The inspector lists at most this many claims per section. */
const CLAIMS_SHOWN = 200;

/** Reads a core action's result, throwing its error for the inspector to show in place of the details. */
function must<T extends object>(result: ActionResult<T>): T {
  if (!result.ok) throw result.error;
  return result;
}

export async function labelDetails(core: ExplorerCore, id: string, labels: readonly string[]): Promise<HTMLElement[]> {
  if (labels.includes('Claim')) return claimDetails(core, id);
  if (labels.includes('Person') || labels.includes('Agency')) return speakerDetails(core, id, labels);
  if (labels.includes('Article')) {
    const { claims } = must(await core.claims.list({ article: id, limit: CLAIMS_SHOWN }));
    return [section(`Reports (${claims.length} claims)`, ...claims.map((claim) => claimCard(core, claim)))];
  }
  if (labels.includes('Place') || labels.includes('Event')) {
    const { claims } = must(await core.claims.list({ about: id, limit: CLAIMS_SHOWN }));
    if (claims.length === 0) return [];
    return [section(`Claims about it (${claims.length})`, ...claims.map((claim) => claimCard(core, claim)))];
  }
  return [];
}

/** A claim in full, and the other claims of its kind that give figures ("who else gave numbers?"). */
async function claimDetails(core: ExplorerCore, id: string): Promise<HTMLElement[]> {
  const { claim } = must(await core.claims.claim(id));
  const sections = [section('Claim', claimCard(core, claim, { full: true }))];
  if (claim.kind && (claim.countMin !== null || claim.countMax !== null)) {
    const { claims } = must(await core.claims.list({ kind: claim.kind, limit: CLAIMS_SHOWN }));
    const others = claims.filter((c) => c.id !== claim.id && (c.countMin !== null || c.countMax !== null));
    if (others.length > 0)
      sections.push(section(`Other ${claim.kind} figures (${others.length})`, figuresTable(core, others)));
  }
  return sections;
}

interface LinkedNode {
  node: GraphNode;
  role: unknown;
}

/** A person or agency: the agencies it belongs to, its people and units, and the claims it (or its people) made. */
async function speakerDetails(core: ExplorerCore, id: string, labels: readonly string[]): Promise<HTMLElement[]> {
  const [links, own] = await Promise.all([
    core.graph.neighbours(id, { types: ['MEMBER_OF', 'PART_OF'], limit: 100 }),
    core.claims.list({ by: id, limit: CLAIMS_SHOWN }),
  ]);
  const { payload } = must(links);
  const linked = (type: string, direction: 'out' | 'in'): LinkedNode[] =>
    payload.edges.flatMap((edge) => {
      if (edge.type !== type || (direction === 'out' ? edge.source : edge.target) !== id) return [];
      const other = payload.nodes.find((n) => n.id === (direction === 'out' ? edge.target : edge.source));
      return other ? [{ node: other, role: edge.properties.role }] : [];
    });
  const agencies = [...linked('MEMBER_OF', 'out'), ...linked('PART_OF', 'out')];
  const members = linked('MEMBER_OF', 'in');
  const units = linked('PART_OF', 'in');
  // An agency speaks through its people: their claims count as the agency's too (marked with who said them).
  const memberClaims = await Promise.all(
    members.map(({ node }) => core.claims.list({ by: node.id, limit: CLAIMS_SHOWN })),
  );
  const claims = uniqueById([...must(own).claims, ...memberClaims.flatMap((r) => must(r).claims)]).sort((a, b) =>
    (a.date ?? '').localeCompare(b.date ?? ''),
  );
  const title =
    members.length > 0 ? `Claims by it and its people (${claims.length})` : `Claims made (${claims.length})`;
  return [
    agencies.length > 0 ? section(labels.includes('Person') ? 'Agency' : 'Part of', linkList(core, agencies)) : null,
    members.length > 0 ? section(`People (${members.length})`, linkList(core, members)) : null,
    units.length > 0 ? section(`Units and offices (${units.length})`, linkList(core, units)) : null,
    section(
      title,
      ...(claims.length > 0
        ? claims.map((claim) => claimCard(core, claim, { showClaimants: members.length > 0 }))
        : [h('p', { className: 'muted' }, 'No claims recorded.')]),
    ),
  ].filter((element): element is HTMLElement => element !== null);
}

function linkList(core: ExplorerCore, items: readonly LinkedNode[]): HTMLElement {
  return h(
    'ul',
    { className: 'plain' },
    ...items.map(({ node, role }) =>
      h(
        'li',
        {},
        entityLink(core, { id: node.id, labels: node.labels, name: node.caption }),
        typeof role === 'string' ? h('span', { className: 'muted' }, ` — ${role}`) : null,
      ),
    ),
  );
}

function section(title: string, ...children: HTMLElement[]): HTMLElement {
  return h('section', { className: 'inspector-section' }, h('h3', {}, title), ...children);
}

function uniqueById(claims: Claim[]): Claim[] {
  return [...new Map(claims.map((claim) => [claim.id, claim])).values()];
}

function figuresTable(core: ExplorerCore, claims: Claim[]): HTMLElement {
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
          h('td', {}, ...claim.claimants.flatMap((who, i) => [i > 0 ? ', ' : '', entityLink(core, who)])),
          h('td', {}, entityLink(core, { id: claim.id, name: describeFigures(claim) ?? claim.text })),
        ),
      ),
    ),
  );
}
