// Scores one proposal against the hand-made graph: entity recall and precision over matched node ids; quotes found
// (a proposed quote that holds the hand-made one, or covers at least half of it) with a right claimant; and, of
// those, claims whose date is the hand-made date.
import type { Proposal } from '../../server/src/articles/articles.schema';
import type { GoldArticle } from './gold-standard.repository';

export interface ProposalScore {
  article: string;
  goldEntities: number;
  proposedEntities: number;
  matchedEntities: number;
  missedEntities: string[];
  wrongEntities: string[];
  goldQuotes: number;
  quotesFound: number;
  quotesWithRightSpeaker: number;
  datesRight: number;
  proposedClaims: number;
  misses: string[];
}

export function normalizeQuote(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

export function scoreProposal(gold: GoldArticle, proposal: Proposal): ProposalScore {
  const goldIds = new Set(gold.mentionIds);
  const proposedIds = new Set(
    proposal.entities.map((entity) => entity.matchId).filter((id): id is string => id !== null),
  );
  const matched = [...proposedIds].filter((id) => goldIds.has(id));
  const score: ProposalScore = {
    article: gold.id,
    goldEntities: goldIds.size,
    proposedEntities: proposedIds.size,
    matchedEntities: matched.length,
    missedEntities: [...goldIds].filter((id) => !proposedIds.has(id)).sort(),
    wrongEntities: [...proposedIds].filter((id) => !goldIds.has(id)).sort(),
    goldQuotes: gold.quotes.length,
    quotesFound: 0,
    quotesWithRightSpeaker: 0,
    datesRight: 0,
    proposedClaims: proposal.claims.length,
    misses: [],
  };
  for (const quote of gold.quotes) {
    const wanted = normalizeQuote(quote.quote);
    const holding = proposal.claims.filter((claim) => {
      if (!claim.quote) return false;
      const proposed = normalizeQuote(claim.quote);
      return proposed.includes(wanted) || (wanted.includes(proposed) && proposed.length * 2 >= wanted.length);
    });
    if (holding.length === 0) {
      score.misses.push(`not found: ${quote.claimId}`);
      continue;
    }
    score.quotesFound += 1;
    const right = holding.find((claim) => claim.claimant.matchId && quote.claimantIds.includes(claim.claimant.matchId));
    if (!right) {
      score.misses.push(
        `wrong speaker: ${quote.claimId} (${holding.map((c) => c.claimant.matchId ?? c.claimant.name)})`,
      );
      continue;
    }
    score.quotesWithRightSpeaker += 1;
    if (right.date === quote.date) score.datesRight += 1;
    else score.misses.push(`wrong date: ${quote.claimId} ${right.date} ≠ ${quote.date}`);
  }
  return score;
}
