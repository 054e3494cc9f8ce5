// The proposal pipeline, start to end: clean text → paragraphs and furniture → sentences and quotations → entities
// (graph names, aliases, spelling variants, new names) → article metadata → attributed claims with dates, figures,
// channel, kind and subjects. Links to existing claims come after (related-claims.ts), from the claims of the same
// kinds about the same subjects, read for this proposal alone (propose-from-graph.ts). Pure: it reads nothing and
// writes nothing, so the API, the CLI and the quality bench run the same code on the same inputs.
import type { ClaimProposal, EntityProposal, EntityRef, Proposal } from '../articles.schema';
import { inferMetadata, type MetadataHints } from './article-metadata';
import { attributeClaims, type DraftClaim } from './attribute-claims';
import type { Gazetteer } from './gazetteer';
import { htmlToArticleText } from './html-to-article-text';
import { matchEntities } from './match-entities';
import { splitParagraphs } from './paragraphs';
import { findQuotations } from './quotations';
import { splitSentences } from './sentences';
import { checkArticleText } from './text-checks';

export interface ProposalInput extends MetadataHints {
  text: string;
  format?: 'text' | 'html';
}

export interface ProposalContext {
  gazetteer: Gazetteer;
  /** The number the new article file would get ("005"). */
  articleNumber: string;
}

export function proposeArticle(input: ProposalInput, context: ProposalContext): Proposal {
  checkArticleText(input.text);
  const text = input.format === 'html' ? htmlToArticleText(input.text) : input.text;
  if (input.format === 'html') checkArticleText(text);
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(paragraphs);
  const { entities, mentions } = matchEntities(text, paragraphs, sentences, context.gazetteer);
  const article = inferMetadata(paragraphs, sentences, context.gazetteer, input, context.articleNumber);
  if (article.outletId && !entities.some((entity) => entity.matchId === article.outletId)) {
    const outlet = context.gazetteer.entry(article.outletId);
    if (outlet) entities.push(outletEntity(outlet.id, outlet.name, article.outlet.note));
  }
  const outletKeys = new Set(article.outletId ? [article.outletId] : []);
  const drafts = attributeClaims({
    text,
    paragraphs,
    sentences,
    quotations: findQuotations(paragraphs),
    mentions,
    entities,
    published: article.published.value,
    outletKeys,
  });
  const byKey = new Map(entities.map((entity) => [entity.key, entity]));
  const claims = drafts.map((draft, index) => toProposal(draft, index, byKey));
  return {
    text,
    boilerplate: paragraphs
      .filter((paragraph) => paragraph.kind !== 'prose' && paragraph.kind !== 'heading')
      .map((paragraph) => ({ start: paragraph.start, end: paragraph.end, kind: paragraph.kind })),
    article,
    entities: entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0)),
    claims,
  };
}

function outletEntity(id: string, name: string, note: string): EntityProposal {
  return { key: id, name, label: 'Agency', matchId: id, newId: id, match: { by: 'name', note }, mentions: [] };
}

/** A claim as proposed, without links to existing claims yet (withRelatedClaims adds them). */
function toProposal(draft: DraftClaim, index: number, entities: Map<string, EntityProposal>): ClaimProposal {
  const ref = (key: string): EntityRef => {
    const entity = entities.get(key);
    return { key, name: entity?.name ?? key, matchId: entity?.matchId ?? null };
  };
  const claimant: EntityRef = draft.claimantKey
    ? ref(draft.claimantKey)
    : { key: null, name: draft.claimantName, matchId: null };
  const about = draft.aboutKeys.map(ref);
  const figure = draft.figure;
  return {
    key: `c${index + 1}`,
    claimant,
    quote: draft.quote,
    excerpt: draft.excerpt,
    span: draft.span,
    text: draft.text,
    date: draft.date.date,
    datePrecision: draft.date.precision,
    dateNote: draft.date.note,
    channel: draft.channel,
    kind: draft.kind,
    countMin: figure?.countMin ?? null,
    countMax: figure?.countMax ?? null,
    countText: figure?.countText ?? null,
    measure: figure?.measure ?? null,
    about,
    relatedClaims: [],
  };
}
