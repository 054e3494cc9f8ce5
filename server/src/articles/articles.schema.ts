// Wire shapes of POST /api/articles/preview (an article's text in, a proposal out) and POST /api/articles (a
// reviewed proposal in, the new article's id and counts out). The pipeline builds these types; the router checks them.
import { z } from 'zod';
import { CLAIM_KINDS } from '../claims/claim-kinds';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const entityLabel = z.enum(['Person', 'Agency', 'Place', 'Event']);
const nodeId = z.string().regex(/^[a-z]+:[a-z0-9][a-z0-9-]*$/, 'must be a node id such as place:vorozhba');

export const previewRequestSchema = z.object({
  text: z.string(),
  title: z.string().trim().min(1).max(300).optional(),
  outlet: z.string().trim().min(1).max(200).optional(),
  published: isoDay.optional(),
  url: z.url().optional(),
  /** Set when the text is HTML (an uploaded .html file): tags, scripts and navigation are dropped first. */
  format: z.enum(['text', 'html']).default('text'),
});
export type PreviewRequest = z.infer<typeof previewRequestSchema>;

/** A value the pipeline inferred, with what it was inferred from (as cypher/README.md does by hand). */
const inferred = <T extends z.ZodType>(value: T) => z.object({ value: value.nullable(), note: z.string() });

export const articleProposalSchema = z.object({
  id: nodeId,
  title: inferred(z.string()),
  outlet: inferred(z.string()),
  outletId: nodeId.nullable(),
  published: inferred(isoDay),
  publishedPrecision: z.enum(['day', 'on-or-after', 'unknown']),
  author: inferred(z.string()),
  dateline: z.string().nullable(),
  url: z.string().nullable(),
});
export type ArticleProposal = z.infer<typeof articleProposalSchema>;

export const spanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
export type Span = z.infer<typeof spanSchema>;

export const entityProposalSchema = z.object({
  /** The proposal's own key for this entity, used by claims and by the review screen. */
  key: z.string().min(1),
  name: z.string().min(1),
  label: entityLabel,
  /** An existing node's id, or null for a new node (then `newId` is the id it would get). */
  matchId: nodeId.nullable(),
  newId: nodeId,
  /** How the match was made: exact name, alias, spelling variant, or none. */
  match: z.object({ by: z.enum(['name', 'alias', 'fuzzy', 'new']), note: z.string() }),
  mentions: z.array(spanSchema.extend({ text: z.string() })),
});
export type EntityProposal = z.infer<typeof entityProposalSchema>;

const entityRef = z.object({ key: z.string().nullable(), name: z.string().min(1), matchId: nodeId.nullable() });
export type EntityRef = z.infer<typeof entityRef>;

export const relatedClaimSchema = z.object({
  id: nodeId,
  text: z.string(),
  type: z.enum(['CORROBORATES', 'CONTRADICTS']),
  basis: z.enum(['figures', 'content', 'scope']),
  reason: z.string(),
});
export type RelatedClaim = z.infer<typeof relatedClaimSchema>;

export const claimProposalSchema = z.object({
  key: z.string().min(1),
  claimant: entityRef,
  /** The claimant's words exactly as the article quotes them, or null where the article paraphrases. */
  quote: z.string().nullable(),
  /** The passage of the article that carries the claim (an exact substring of the text). */
  excerpt: z.string().min(1),
  span: spanSchema,
  /** Neutral paraphrase, to be edited in review. */
  text: z.string().min(1),
  date: isoDay.nullable(),
  datePrecision: z.enum(['day', 'week', 'month', 'approximate', 'undated']),
  dateNote: z.string(),
  channel: z.string(),
  kind: z.enum(CLAIM_KINDS),
  countMin: z.number().int().nullable(),
  countMax: z.number().int().nullable(),
  countText: z.string().nullable(),
  measure: z.string().nullable(),
  about: z.array(entityRef),
  relatedClaims: z.array(relatedClaimSchema),
});
export type ClaimProposal = z.infer<typeof claimProposalSchema>;

export const proposalSchema = z.object({
  /** The article text the spans point into (after HTML conversion; byte-for-byte the pasted text otherwise). */
  text: z.string(),
  /** Parts recognised as page furniture (share buttons, captions, embedded posts…), with what they were taken for. */
  boilerplate: z.array(spanSchema.extend({ kind: z.string() })),
  article: articleProposalSchema,
  entities: z.array(entityProposalSchema),
  claims: z.array(claimProposalSchema),
});
export type Proposal = z.infer<typeof proposalSchema>;

/**
 * POST /api/articles: the proposal as the reviewer left it — rejected entities and claims removed, the rest edited.
 * Entities are referred to by `key`; an entity with `matchId` null becomes a new node with id `newId`.
 */
export const saveRequestSchema = z.object({
  text: z.string().min(1),
  article: z.object({
    id: nodeId.optional(),
    title: z.string().trim().min(1).max(300),
    outlet: z.string().trim().min(1).max(200).nullable(),
    outletId: nodeId.nullable(),
    outletNote: z.string().max(1_000).nullable().default(null),
    published: isoDay.nullable(),
    publishedPrecision: z.enum(['day', 'on-or-after', 'unknown']),
    dateNote: z.string().max(2_000).nullable().default(null),
    author: z.string().trim().max(200).nullable(),
    dateline: z.string().trim().max(100).nullable().default(null),
    url: z.string().max(2_000).nullable().default(null),
  }),
  entities: z
    .array(
      z.object({
        key: z.string().min(1),
        name: z.string().trim().min(1).max(200),
        label: entityLabel,
        matchId: nodeId.nullable(),
        newId: nodeId,
        aliases: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
      }),
    )
    .max(500),
  claims: z
    .array(
      claimProposalSchema.omit({ key: true, span: true, relatedClaims: true }).extend({
        relatedClaims: z
          .array(relatedClaimSchema.pick({ id: true, type: true, basis: true, reason: true }))
          .default([]),
      }),
    )
    .max(500),
});
export type SaveRequest = z.infer<typeof saveRequestSchema>;

export const saveResultSchema = z.object({
  article: z.object({ id: z.string(), file: z.string(), script: z.string() }),
  counts: z.object({
    newEntities: z.number().int(),
    mentions: z.number().int(),
    claims: z.number().int(),
    reports: z.number().int(),
    relations: z.number().int(),
  }),
});
export type SaveResult = z.infer<typeof saveResultSchema>;
