// The claim map: the claims the workbench's filters find, grouped by kind or by subject, with only the agreement
// between them drawn (corroboration and contradiction, in their direction). Each group is a hub node its claims hang
// on, so the layout gathers them; the hub links are hidden, leaving the agreement edges. A claim's caption starts
// with its claimants, as badges before its text.
import type { Claim, GraphPayload } from '../../api/api-contract';
import { claimText } from './timeline-marks';

export type ClaimMapGrouping = 'kind' | 'subject';

/** The relationship that ties a claim to its group's hub: laid out, never drawn. */
export const GROUP_LINK = 'IN_GROUP';

export function claimMapPayload(claims: readonly Claim[], grouping: ClaimMapGrouping): GraphPayload {
  const inMap = new Set(claims.map((claim) => claim.id));
  const groups = new Map<string, string[]>();
  const nodes: GraphPayload['nodes'] = [];
  const edges: GraphPayload['edges'] = [];
  for (const claim of claims) {
    const group = grouping === 'kind' ? (claim.kind ?? 'no kind') : (claim.about[0]?.name ?? 'no subject');
    groups.set(group, [...(groups.get(group) ?? []), claim.id]);
    const claimants = claim.claimants.map((who) => who.name ?? who.id);
    nodes.push({
      id: claim.id,
      labels: ['Claim'],
      caption: `${badges(claimants)} · ${claimText(claim, 60)}`,
      properties: { text: claim.text, date: claim.date, kind: claim.kind, claimants },
    });
    edges.push({
      id: `${GROUP_LINK}:${claim.id}`,
      type: GROUP_LINK,
      source: claim.id,
      target: groupId(grouping, group),
      properties: {},
    });
    for (const [type, related] of [
      ['CORROBORATES', claim.corroborates],
      ['CONTRADICTS', claim.contradicts],
    ] as const) {
      for (const other of related) {
        // Each link once, from the claim that corroborates or contradicts, and only between claims on the map.
        if (other.direction !== 'out' || !inMap.has(other.id)) continue;
        edges.push({
          id: `${type}:${claim.id}:${other.id}`,
          type,
          source: claim.id,
          target: other.id,
          properties: { note: other.note, basis: other.basis },
        });
      }
    }
  }
  for (const [group, members] of groups) {
    nodes.push({
      id: groupId(grouping, group),
      labels: ['Group'],
      caption: `${group} (${members.length})`,
      properties: { grouping, claims: members.length },
    });
  }
  return { nodes, edges };
}

function groupId(grouping: ClaimMapGrouping, group: string): string {
  return `group:${grouping}:${group}`;
}

/** Claimants as short badges: the first two, then how many more. */
function badges(names: readonly string[]): string {
  if (names.length === 0) return '[unattributed]';
  const shown = names.slice(0, 2).map((name) => `[${name.length > 24 ? `${name.slice(0, 23)}…` : name}]`);
  return names.length > 2 ? `${shown.join(' ')} +${names.length - 2}` : shown.join(' ');
}
