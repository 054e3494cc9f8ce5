// Links from a proposed claim to claims already in the graph: the same claimant on the same subject and kind, or
// figures of the same kind and measure about the same subject that overlap (CORROBORATES) or cannot both be true
// (CONTRADICTS). Each suggestion says why, for the reviewer to accept or drop.
import type { ClaimProposal, RelatedClaim } from '../articles.schema';

export interface ExistingClaim {
  id: string;
  text: string;
  kind: string | null;
  date: string | null;
  countMin: number | null;
  countMax: number | null;
  measure: string | null;
  claimantIds: string[];
  aboutIds: string[];
}

export interface ClaimToRelate {
  claimantId: string | null;
  date: string | null;
  kind: string;
  countMin: number | null;
  countMax: number | null;
  measure: string | null;
  aboutIds: string[];
}

const MAX_SUGGESTIONS = 4;

/**
 * The existing claims a proposal's claims can be linked to: a suggestion needs the same kind and a shared subject, so
 * only the claims of those kinds about those subjects are read (not every claim of a graph of millions).
 */
export function relatedClaimsWanted(claims: readonly ClaimProposal[]): { aboutIds: string[]; kinds: string[] } {
  const related = claims.map(toRelate);
  return {
    aboutIds: [...new Set(related.flatMap((claim) => claim.aboutIds))],
    kinds: [...new Set(related.map((claim) => claim.kind))],
  };
}

/** The claims with their suggested links to the existing ones. */
export function withRelatedClaims(
  claims: readonly ClaimProposal[],
  existing: ExistingClaim[],
  names: (id: string) => string,
): ClaimProposal[] {
  return claims.map((claim) => ({ ...claim, relatedClaims: suggestRelatedClaims(toRelate(claim), existing, names) }));
}

function toRelate(claim: ClaimProposal): ClaimToRelate {
  return {
    claimantId: claim.claimant.matchId,
    date: claim.date,
    kind: claim.kind,
    countMin: claim.countMin,
    countMax: claim.countMax,
    measure: claim.measure,
    aboutIds: claim.about.map((item) => item.matchId).filter((id): id is string => id !== null),
  };
}
/** Figures are compared only between statements this close in time: casualty counts of other weeks are other counts. */
const FIGURE_WINDOW_DAYS = 10;

export function suggestRelatedClaims(
  claim: ClaimToRelate,
  existing: ExistingClaim[],
  names: (id: string) => string,
): RelatedClaim[] {
  const suggestions: (RelatedClaim & { weight: number })[] = [];
  for (const other of existing) {
    const shared = claim.aboutIds.filter((id) => other.aboutIds.includes(id));
    if (shared.length === 0 || other.kind !== claim.kind) continue;
    const subjects = shared.map(names).join(', ');
    const figures = compareFigures(claim, other);
    if (figures) {
      suggestions.push({
        id: other.id,
        text: other.text,
        type: figures.clash ? 'CONTRADICTS' : 'CORROBORATES',
        basis: 'figures',
        reason: `${figures.clash ? 'Figures clash' : 'Figures overlap'}: ${range(claim)} vs ${range(other)} ${claim.measure} (${subjects})`,
        weight: 2 + shared.length,
      });
    } else if (claim.claimantId && other.claimantIds.includes(claim.claimantId)) {
      suggestions.push({
        id: other.id,
        text: other.text,
        type: 'CORROBORATES',
        basis: 'content',
        reason: `Same claimant (${names(claim.claimantId)}), kind (${claim.kind}) and subject (${subjects}): the same statement or a repeat of it`,
        weight: 1 + shared.length,
      });
    }
  }
  return suggestions
    .sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id))
    .slice(0, MAX_SUGGESTIONS)
    .map(({ weight: _weight, ...suggestion }) => suggestion);
}

function compareFigures(claim: ClaimToRelate, other: ExistingClaim): { clash: boolean } | null {
  if (!claim.measure || claim.measure !== other.measure) return null;
  if (claim.date && other.date) {
    const days = Math.abs(Date.parse(claim.date) - Date.parse(other.date)) / 86_400_000;
    if (days > FIGURE_WINDOW_DAYS) return null;
  }
  if (claim.countMin === null && claim.countMax === null) return null;
  if (other.countMin === null && other.countMax === null) return null;
  const low = Math.max(claim.countMin ?? 0, other.countMin ?? 0);
  const high = Math.min(claim.countMax ?? Infinity, other.countMax ?? Infinity);
  return { clash: low > high };
}

function range(figure: { countMin: number | null; countMax: number | null }): string {
  const { countMin: min, countMax: max } = figure;
  if (min !== null && max !== null) return min === max ? `${min}` : `${min}–${max}`;
  if (min !== null) return `at least ${min}`;
  return `up to ${max}`;
}
