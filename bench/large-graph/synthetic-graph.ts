// The shape of the large-graph bench's synthetic graph: how many nodes of each label, their ids, and the hubs (a few
// nodes with thousands of neighbours, as a much-discussed place or a prolific spokesperson has in real data). Every
// choice comes from a seeded generator, so every run writes the same graph.
import { seededRandom } from '../seeded-random';

export const SYNTHETIC_LABELS = ['Person', 'Agency', 'Place', 'Article', 'Claim'] as const;
export type SyntheticLabel = (typeof SYNTHETIC_LABELS)[number];
export type SyntheticSizes = Record<SyntheticLabel, number>;

/** Every synthetic id starts with this, which is how the bench finds (and deletes) what it wrote. */
export const SYNTHETIC_ID_PREFIX = 'bench:';

/** Shares of the total, roughly those of a news archive: many claims, fewer sources, fewer still entities. */
const SHARES: Record<SyntheticLabel, number> = { Claim: 0.7, Article: 0.12, Person: 0.1, Place: 0.05, Agency: 0.03 };

export function syntheticSizes(totalNodes: number): SyntheticSizes {
  const sizes = {} as SyntheticSizes;
  for (const label of SYNTHETIC_LABELS) sizes[label] = Math.max(10, Math.round(totalNodes * SHARES[label]));
  return sizes;
}

/** `bench:claim-123`: the `bench:` prefix marks what the bench wrote; one colon, as the API's id checks expect. */
export function syntheticId(label: SyntheticLabel, index: number): string {
  return `${SYNTHETIC_ID_PREFIX}${label.toLowerCase()}-${index}`;
}

/** The first node of a label is its hub; the shares say how many of the claims (or articles) attach to it. */
export const HUBS = {
  /** ABOUT from 10% of the claims. */
  place: { id: syntheticId('Place', 0), share: 0.1 },
  /** CLAIMED 5% of the claims. */
  person: { id: syntheticId('Person', 0), share: 0.05 },
  /** REPORTS 4% of the claims. */
  article: { id: syntheticId('Article', 0), share: 0.04 },
  /** PUBLISHED_BY from 20% of the articles. */
  agency: { id: syntheticId('Agency', 0), share: 0.2 },
} as const;

export const CLAIM_KINDS = ['casualties', 'troop-strength', 'deployment', 'territory', 'assessment', 'sanctions'];

/** Who made claim `index`, what it is about and which articles report it: the same answer every time it is asked. */
export interface ClaimPlan {
  claimant: { label: 'Person' | 'Agency'; index: number };
  places: number[];
  people: number[];
  articles: number[];
  kind: string;
  count: number;
}

export function planClaim(index: number, sizes: SyntheticSizes): ClaimPlan {
  const random = seededRandom(index + 1);
  const pick = (size: number) => 1 + Math.floor(random() * (size - 1));
  const roll = random();
  const claimant =
    roll < HUBS.person.share
      ? { label: 'Person' as const, index: 0 }
      : roll < 0.25
        ? { label: 'Agency' as const, index: pick(sizes.Agency) }
        : { label: 'Person' as const, index: pick(sizes.Person) };
  const places = [random() < HUBS.place.share ? 0 : pick(sizes.Place)];
  const people = random() < 0.5 ? [pick(sizes.Person)] : [];
  const articles = [random() < HUBS.article.share ? 0 : pick(sizes.Article)];
  if (random() < 0.4) articles.push(pick(sizes.Article));
  const kind = CLAIM_KINDS[Math.floor(random() * CLAIM_KINDS.length)] ?? 'assessment';
  return { claimant, places, people, articles: [...new Set(articles)], kind, count: 1 + Math.floor(random() * 500) };
}
