// One claim as schema.org `Claim` in JSON-LD, so a fact-checking desk can take it into its own systems: who said it
// (author), when (datePublished), every appearance in a source, and the first appearance — every source that may
// have been first when the dates cannot tell.
import type { Claim, ClaimSource } from './claims.schema';

type JsonLd = Record<string, unknown>;

export function claimToJsonLd(claim: Claim, claimUrl: string): JsonLd {
  const appearances = new Map(claim.sources.map((source) => [source.articleId, appearance(source)]));
  const firsts = (claim.firstReport?.candidates ?? []).flatMap((id) => appearances.get(id) ?? []);
  return withoutEmpty({
    '@context': 'https://schema.org',
    '@type': 'Claim',
    '@id': claimUrl,
    identifier: claim.id,
    name: claim.name,
    text: claim.text,
    datePublished: claim.date,
    author: claim.claimants.map((who) => thing(who.labels, who.id, who.name)),
    about: claim.about.map((what) => thing(what.labels, what.id, what.name)),
    appearance: [...appearances.values()],
    firstAppearance: firsts.length === 1 ? firsts[0] : firsts,
  });
}

function appearance(source: ClaimSource): JsonLd {
  return withoutEmpty({
    '@type': 'Article',
    identifier: source.articleId,
    headline: source.title,
    datePublished: source.published,
    publisher: isKnownOutlet(source.outlet)
      ? withoutEmpty({ '@type': 'Organization', name: source.outlet, identifier: source.outletId })
      : undefined,
    description: source.note,
    hasPart: [
      source.quote ? { '@type': 'Quotation', text: source.quote } : undefined,
      source.passage ? { '@type': 'CreativeWork', name: 'passage', text: source.passage } : undefined,
    ].filter((part) => part !== undefined),
  });
}

/** The seed data writes `unknown` where no outlet can be inferred; that is no publisher, not one named "unknown". */
function isKnownOutlet(outlet: string | null): outlet is string {
  return outlet !== null && outlet.toLowerCase() !== 'unknown';
}

const TYPES: Record<string, string> = { Person: 'Person', Agency: 'Organization', Place: 'Place', Event: 'Event' };

function thing(labels: readonly string[], id: string, name: string | null): JsonLd {
  const type = labels.map((label) => TYPES[label]).find((found) => found !== undefined) ?? 'Thing';
  return withoutEmpty({ '@type': type, identifier: id, name });
}

/** Leaves out null, undefined and empty lists: JSON-LD has no use for them. */
function withoutEmpty(object: JsonLd): JsonLd {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  );
}
