// The shape of a synthetic news graph in CONTRACT.md's model: how many nodes of each label, their ids (house form,
// `claim:synthetic-123`), the hubs (one country, one spokesperson, one wire service… with tens of thousands of links,
// as in a real archive) and a heavy-tailed choice of everything else, so a few nodes have many links and most have few.
import { seededRandom } from './seeded-random';

export const SYNTHETIC_LABELS = ['Person', 'Agency', 'Place', 'Event', 'Article', 'Claim'] as const;
export type SyntheticLabel = (typeof SYNTHETIC_LABELS)[number];
export type SyntheticSizes = Record<SyntheticLabel, number>;

/** Every synthetic id has this slug prefix after its label (`person:synthetic-7`): that is how they are found. */
export const SYNTHETIC_SLUG = 'synthetic-';

/** Shares of the nodes, roughly a news archive's: many claims, fewer sources, fewer still entities. */
const SHARES: Record<SyntheticLabel, number> = {
  Claim: 0.55,
  Article: 0.15,
  Person: 0.12,
  Place: 0.07,
  Agency: 0.06,
  Event: 0.05,
};

export function syntheticSizes(totalNodes: number): SyntheticSizes {
  const sizes = {} as SyntheticSizes;
  for (const label of SYNTHETIC_LABELS) sizes[label] = Math.max(10, Math.round(totalNodes * SHARES[label]));
  return sizes;
}

export function syntheticId(label: SyntheticLabel, index: number): string {
  return `${label.toLowerCase()}:${SYNTHETIC_SLUG}${index}`;
}

/** The id prefix of one label's synthetic nodes, e.g. `claim:synthetic-`. */
export function syntheticIdPrefix(label: SyntheticLabel): string {
  return `${label.toLowerCase()}:${SYNTHETIC_SLUG}`;
}

/** Node 0 of these labels is a hub: the share of the choices of its label that fall on it. */
export const HUB_SHARE = { Place: 0.08, Person: 0.03, Agency: 0.15, Article: 0.02, Event: 0.05 } as const;

export const HUBS = {
  /** A country: ABOUT from 8% of the claims, MENTIONS from 8% of the articles, LOCATED_IN from many places. */
  place: syntheticId('Place', 0),
  /** A prolific spokesperson: CLAIMED 3% of the person-made claims. */
  person: syntheticId('Person', 0),
  /** A wire service: PUBLISHED_BY from 15% of the articles. */
  agency: syntheticId('Agency', 0),
} as const;

/**
 * Picks one of `size` nodes: node 0 (the hub) with `hubShare`, otherwise a heavy-tailed choice where index i is
 * picked about as often as 1/i^(2/3) — the first 1% of nodes get about a fifth of all picks.
 */
export function pickNode(random: () => number, size: number, hubShare = 0): number {
  if (random() < hubShare) return 0;
  return 1 + Math.floor((size - 1) * random() ** 3);
}

export function randomFor(stream: string, index: number): () => number {
  let hash = 2166136261;
  for (let i = 0; i < stream.length; i += 1) hash = Math.imul(hash ^ stream.charCodeAt(i), 16777619);
  return seededRandom((hash ^ Math.imul(index + 1, 2654435761)) >>> 0);
}
