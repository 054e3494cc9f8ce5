// A proposal accepted as it stands, in the shape POST /api/articles takes: what the CLI writes as a draft for review
// in an editor, and the starting point of the review screen.
import type { Proposal, SaveRequest } from './articles.schema';

export function acceptProposal(proposal: Proposal): SaveRequest {
  const { article } = proposal;
  return {
    text: proposal.text,
    article: {
      id: article.id,
      title: article.title.value ?? 'Untitled article',
      outlet: article.outlet.value,
      outletId: article.outletId,
      outletNote: article.outlet.note,
      published: article.published.value,
      publishedPrecision: article.publishedPrecision,
      dateNote: article.published.note,
      author: article.author.value,
      dateline: article.dateline,
      url: article.url,
    },
    entities: proposal.entities.map(({ key, name, label, matchId, newId }) => ({
      key,
      name,
      label,
      matchId,
      newId,
      aliases: [],
    })),
    claims: proposal.claims.map(({ key: _key, span: _span, relatedClaims, ...claim }) => ({
      ...claim,
      relatedClaims: relatedClaims.map(({ id, type, basis, reason }) => ({ id, type, basis, reason })),
    })),
  };
}
