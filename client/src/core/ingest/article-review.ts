// The review of a proposed article, apart from the page: which entities and claims the analyst accepts, their edits
// (a different node to match, a new id, a claim's text, claimant, subjects, date, kind, figures), which suggested
// links stay —
// and the save request that results. Rejecting an entity drops it from the claims that named it; a claim whose
// claimant is rejected is not saved.
import type { ArticleProposal, ArticleSaveRequest } from '../../api/api-client';

type Entity = ArticleProposal['entities'][number];
type Claim = ArticleProposal['claims'][number];
/** A claim's subject: an entity of the article (by key) or a node already in the graph (by id). */
export type Subject = Claim['about'][number];

export interface EntityDecision {
  accepted: boolean;
  name: string;
  /** An existing node id, or '' for a new node. */
  matchId: string;
  newId: string;
}

export interface ClaimDecision {
  accepted: boolean;
  text: string;
  claimantKey: string | null;
  date: string;
  kind: Claim['kind'];
  countMin: number | null;
  countMax: number | null;
  /** What the claim is about, as proposed and then edited. */
  about: Subject[];
  /** Ids of the suggested related claims that are kept. */
  related: Set<string>;
}

export interface ArticleDecision {
  title: string;
  outlet: string;
  published: string;
  author: string;
}

export interface ArticleReview {
  proposal: ArticleProposal;
  article: ArticleDecision;
  entities: Map<string, EntityDecision>;
  claims: Map<string, ClaimDecision>;
}

export function startReview(proposal: ArticleProposal): ArticleReview {
  const { article } = proposal;
  return {
    proposal,
    article: {
      title: article.title.value ?? '',
      outlet: article.outlet.value ?? '',
      published: article.published.value ?? '',
      author: article.author.value ?? '',
    },
    entities: new Map(
      proposal.entities.map((entity) => [
        entity.key,
        { accepted: true, name: entity.name, matchId: entity.matchId ?? '', newId: entity.newId },
      ]),
    ),
    claims: new Map(
      proposal.claims.map((claim) => [
        claim.key,
        {
          accepted: true,
          text: claim.text,
          claimantKey: claim.claimant.key,
          date: claim.date ?? '',
          kind: claim.kind,
          countMin: claim.countMin,
          countMax: claim.countMax,
          about: claim.about.map((subject) => ({ ...subject })),
          related: new Set(claim.relatedClaims.map((related) => related.id)),
        },
      ]),
    ),
  };
}

/** Whether a claim will be saved: accepted, with a claimant that is an accepted entity (or a graph node). */
export function claimIsSaved(review: ArticleReview, claim: Claim): boolean {
  const decision = review.claims.get(claim.key);
  if (!decision?.accepted) return false;
  const claimant = decision.claimantKey ? review.entities.get(decision.claimantKey) : undefined;
  return decision.claimantKey ? Boolean(claimant?.accepted) : Boolean(claim.claimant.matchId);
}

export function toSaveRequest(review: ArticleReview): ArticleSaveRequest {
  const { proposal, article } = review;
  const entityRef = (key: string | null, fallback: { name: string; matchId: string | null }) => {
    const decision = key ? review.entities.get(key) : undefined;
    if (!decision) return { key: null, name: fallback.name, matchId: fallback.matchId };
    return { key, name: decision.name, matchId: decision.matchId || null };
  };
  const acceptedEntity = (key: string | null) => (key ? review.entities.get(key)?.accepted === true : false);
  const entities = proposal.entities
    .filter((entity) => review.entities.get(entity.key)?.accepted)
    .map((entity: Entity) => {
      const decision = review.entities.get(entity.key) as EntityDecision;
      return {
        key: entity.key,
        name: decision.name,
        label: entity.label,
        matchId: decision.matchId || null,
        newId: decision.newId,
        aliases: [],
      };
    });
  const claims = proposal.claims
    .filter((claim) => claimIsSaved(review, claim))
    .map((claim) => {
      const decision = review.claims.get(claim.key) as ClaimDecision;
      const claimant =
        decision.claimantKey === claim.claimant.key
          ? entityRef(claim.claimant.key, claim.claimant)
          : entityRef(decision.claimantKey, { name: claim.claimant.name, matchId: null });
      return {
        claimant,
        quote: claim.quote,
        excerpt: claim.excerpt,
        text: decision.text,
        date: decision.date || null,
        datePrecision: decision.date === (claim.date ?? '') ? claim.datePrecision : ('day' as const),
        dateNote: decision.date === (claim.date ?? '') ? claim.dateNote : `Set in review to ${decision.date}`,
        channel: claim.channel,
        kind: decision.kind,
        countMin: decision.countMin,
        countMax: decision.countMax,
        countText: claim.countText,
        measure: claim.measure,
        about: decision.about
          .filter((item) => (item.key ? acceptedEntity(item.key) : item.matchId !== null))
          .map((item) => entityRef(item.key, item)),
        relatedClaims: claim.relatedClaims
          .filter((related) => decision.related.has(related.id))
          .map(({ id, type, basis, reason }) => ({ id, type, basis, reason })),
      };
    });
  return {
    text: proposal.text,
    article: {
      id: proposal.article.id,
      title: article.title.trim() || 'Untitled article',
      outlet: article.outlet.trim() || null,
      outletId: article.outlet.trim() === (proposal.article.outlet.value ?? '') ? proposal.article.outletId : null,
      outletNote: proposal.article.outlet.note,
      published: article.published || null,
      publishedPrecision: article.published
        ? article.published === proposal.article.published.value
          ? proposal.article.publishedPrecision
          : 'day'
        : 'unknown',
      dateNote: proposal.article.published.note,
      author: article.author.trim() || null,
      dateline: proposal.article.dateline,
      url: proposal.article.url,
    },
    entities,
    claims,
  };
}

export interface TextSegment {
  text: string;
  /** Entity keys and claim keys whose spans cover this piece of text. */
  entityKey: string | null;
  claimKey: string | null;
}

/** The article text cut where entity mentions and claim spans start and end, for highlighting. */
export function textSegments(proposal: ArticleProposal): TextSegment[] {
  const cuts = new Set<number>([0, proposal.text.length]);
  const entityAt: { start: number; end: number; key: string }[] = [];
  for (const entity of proposal.entities) {
    for (const mention of entity.mentions) {
      entityAt.push({ start: mention.start, end: mention.end, key: entity.key });
      cuts.add(mention.start).add(mention.end);
    }
  }
  for (const claim of proposal.claims) cuts.add(claim.span.start).add(claim.span.end);
  const points = [...cuts].filter((point) => point >= 0 && point <= proposal.text.length).sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let index = 0; index < points.length - 1; index += 1) {
    const start = points[index] as number;
    const end = points[index + 1] as number;
    const entity = entityAt.find((mention) => mention.start <= start && mention.end >= end);
    const claim = proposal.claims.find((item) => item.span.start <= start && item.span.end >= end);
    segments.push({
      text: proposal.text.slice(start, end),
      entityKey: entity?.key ?? null,
      claimKey: claim?.key ?? null,
    });
  }
  return segments;
}

/** Adds a subject to a claim unless it is already there (the same entity of the article, or the same node). */
export function addSubject(decision: ClaimDecision, subject: Subject): boolean {
  const same = (item: Subject) =>
    (subject.key !== null && item.key === subject.key) ||
    (subject.matchId !== null && item.matchId === subject.matchId);
  if (decision.about.some(same)) return false;
  decision.about.push(subject);
  return true;
}

export function removeSubject(decision: ClaimDecision, subject: Subject): void {
  decision.about = decision.about.filter((item) => item !== subject);
}
