// What a claim's card says (who claimed it and how, when, and every source with its quote), from the API's Claim
// when there is one, else from the claim's relationships in the graph at hand (an HTML snapshot has no API).
import type { ExplorerGraph } from '../core/graph/explorer-graph';

export interface ClaimDetails {
  date: string | null;
  claimants: { name: string; channel: string | null }[];
  sources: { outlet: string | null; title: string | null; published: string | null; quote: string | null }[];
}

/** The part of the API's Claim a card reads (the server's schema and the client's type both fit). */
interface ClaimAnswer {
  date: string | null;
  claimants: { id: string; name: string | null; channel: string | null }[];
  sources: { outlet: string | null; title: string | null; published: string | null; quote: string | null }[];
}

export function claimDetailsFromApi(claim: ClaimAnswer): ClaimDetails {
  return {
    date: claim.date,
    claimants: claim.claimants.map((c) => ({ name: c.name ?? c.id, channel: c.channel })),
    sources: claim.sources.map((s) => ({ outlet: s.outlet, title: s.title, published: s.published, quote: s.quote })),
  };
}

export function claimDetailsFromGraph(graph: ExplorerGraph, claim: string): ClaimDetails {
  const details: ClaimDetails = {
    date: text(graph.getNodeAttribute(claim, 'properties').date),
    claimants: [],
    sources: [],
  };
  graph.forEachInEdge(claim, (_edge, attributes, source) => {
    const node = graph.getNodeAttributes(source);
    if (attributes.relType === 'CLAIMED') {
      details.claimants.push({ name: node.label, channel: text(attributes.properties.channel) });
    } else if (attributes.relType === 'REPORTS') {
      details.sources.push({
        outlet: text(node.properties.outlet),
        title: text(node.properties.title) ?? node.label,
        published: text(node.properties.published),
        quote: text(attributes.properties.quote),
      });
    }
  });
  return details;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
