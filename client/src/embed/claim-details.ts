// What a claim's card says (who claimed it and how, when, the first report, every source with its quote, and the
// claims that agree or disagree with it, in their direction), from the API's Claim when there is one, else from the
// claim's relationships in the graph at hand (an HTML snapshot has no API).
import type { ExplorerGraph } from '../core/graph/explorer-graph';

export type Relation = 'corroborates' | 'is corroborated by' | 'contradicts' | 'is contradicted by';

export interface ClaimDetails {
  date: string | null;
  claimants: { name: string; channel: string | null }[];
  sources: { outlet: string | null; title: string | null; published: string | null; quote: string | null }[];
  /** The earliest source; `tie` when the dates cannot tell which came first. */
  firstReport: { outlet: string | null; published: string | null; tie: boolean } | null;
  /** Distinct outlets among the sources, when the API counts them. */
  independentSources: number | null;
  related: { relation: Relation; text: string }[];
}

interface RelatedAnswer {
  id: string;
  text: string | null;
  /** `out`: this claim corroborates or contradicts the other; `in`: the other does so to this one. */
  direction?: 'out' | 'in';
}

/** The part of the API's Claim a card reads (older and newer shapes of GET /api/claims/:id both fit). */
export interface ClaimAnswer {
  date: string | null;
  claimants: { id: string; name: string | null; channel: string | null }[];
  sources: { outlet: string | null; title: string | null; published: string | null; quote: string | null }[];
  firstReport?: { outlet: string | null; published: string | null; tie: boolean } | null;
  independentSourceCount?: number;
  corroborates: RelatedAnswer[];
  contradicts: RelatedAnswer[];
}

export function claimDetailsFromApi(claim: ClaimAnswer): ClaimDetails {
  const related = (list: RelatedAnswer[], out: Relation, into: Relation) =>
    list.map((other) => ({ relation: other.direction === 'in' ? into : out, text: other.text ?? other.id }));
  return {
    date: claim.date,
    claimants: claim.claimants.map((c) => ({ name: c.name ?? c.id, channel: c.channel })),
    sources: claim.sources.map((s) => ({ outlet: s.outlet, title: s.title, published: s.published, quote: s.quote })),
    firstReport: claim.firstReport ?? firstOf(claim.sources),
    independentSources: claim.independentSourceCount ?? null,
    related: [
      ...related(claim.corroborates, 'corroborates', 'is corroborated by'),
      ...related(claim.contradicts, 'contradicts', 'is contradicted by'),
    ],
  };
}

export function claimDetailsFromGraph(graph: ExplorerGraph, claim: string): ClaimDetails {
  const details: ClaimDetails = {
    date: text(graph.getNodeAttribute(claim, 'properties').date),
    claimants: [],
    sources: [],
    firstReport: null,
    independentSources: null,
    related: [],
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
    } else if (attributes.relType === 'CORROBORATES' || attributes.relType === 'CONTRADICTS') {
      const relation = attributes.relType === 'CORROBORATES' ? 'is corroborated by' : 'is contradicted by';
      details.related.push({ relation, text: node.label });
    }
  });
  graph.forEachOutEdge(claim, (_edge, attributes, _source, target) => {
    if (attributes.relType === 'CORROBORATES' || attributes.relType === 'CONTRADICTS') {
      const relation = attributes.relType === 'CORROBORATES' ? 'corroborates' : 'contradicts';
      details.related.push({ relation, text: graph.getNodeAttribute(target, 'label') });
    }
  });
  details.sources.sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999'));
  details.firstReport = firstOf(details.sources);
  return details;
}

/** The earliest dated source, or a tie when two share the earliest date. */
function firstOf(sources: ClaimDetails['sources']): ClaimDetails['firstReport'] {
  const dated = sources.filter((s) => s.published).sort((a, b) => a.published!.localeCompare(b.published!));
  const first = dated[0];
  if (!first) return null;
  const day = first.published!.slice(0, 10);
  return { outlet: first.outlet, published: day, tie: dated.filter((s) => s.published!.startsWith(day)).length > 1 };
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
