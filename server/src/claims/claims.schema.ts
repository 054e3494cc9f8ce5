// GET /api/claims and GET /api/claims/:id: filters, paging, formats and the Claim shape of CONTRACT.md ("who said
// what", with provenance: sources by publication date, independent outlets, the first report or an honest tie).
import { z } from 'zod';
import { isoDateSchema } from '../http/iso-date';

const nodeId = z.string().min(1, 'must be a node id such as person:pat-ryder').max(300, 'is too long');

/** Orders a list may be sorted by; each maps to one Cypher expression in the repository (an allow-list). */
export const CLAIM_SORTS = ['date', 'kind', 'claimant', 'sources'] as const;

const wholeNumber = (what: string, min: number, max: number) =>
  z.coerce
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}${what}`);

export const claimsQuerySchema = z
  .object({
    about: nodeId.optional(),
    by: nodeId.optional(),
    article: nodeId.optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    kind: z.string().min(1).max(100, 'is too long').optional(),
    q: z.string().trim().min(1, 'must not be empty').max(200, 'is too long').optional(),
    contested: z
      .enum(['true', 'false'], { error: 'must be true or false' })
      .transform((value) => value === 'true')
      .optional(),
    sort: z.enum(CLAIM_SORTS, { error: `must be one of ${CLAIM_SORTS.join(', ')}` }).default('date'),
    order: z.enum(['asc', 'desc'], { error: 'must be asc or desc' }).default('asc'),
    limit: wholeNumber('', 1, 1_000).default(200),
    skip: wholeNumber('; narrow the filters instead', 0, 1_000_000).default(0),
    format: z.enum(['json', 'csv'], { error: 'must be json or csv' }).default('json'),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: 'must not be after "to"; swap the two dates, or leave one out for an open-ended range',
    path: ['from'],
  });

export const claimIdSchema = z.object({ id: nodeId });

export const claimFormatSchema = z.object({
  format: z.enum(['json', 'jsonld'], { error: 'must be json or jsonld' }).default('json'),
});

const reference = z.object({ id: z.string(), labels: z.array(z.string()), name: z.string().nullable() });

const claimant = reference.extend({ channel: z.string().nullable(), note: z.string().nullable() });

export const claimSourceSchema = z.object({
  articleId: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  /** The outlet's Agency node (PUBLISHED_BY), when the graph knows it. */
  outletId: z.string().nullable(),
  published: z.string().nullable(),
  /** `day` (the exact day) or `on-or-after` (a lower bound); null when the article has no date. */
  publishedPrecision: z.string().nullable(),
  quote: z.string().nullable(),
  /** The article's passage that carries the claim (REPORTS.excerpt). */
  passage: z.string().nullable(),
  /** How this source's version differs, or anything a reader should know about it (REPORTS.note). */
  note: z.string().nullable(),
});

export const firstReportSchema = z.object({
  articleId: z.string(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  publishedPrecision: z.string().nullable(),
  /** True when the dates cannot tell which source came first: the earliest date is shared or only a lower bound. */
  tie: z.boolean(),
  /** Every source that may have been first: the first one alone unless `tie`. */
  candidates: z.array(z.string()),
});

export const relatedClaimSchema = z.object({
  id: z.string(),
  text: z.string().nullable(),
  date: z.string().nullable(),
  kind: z.string().nullable(),
  /** `out`: this claim corroborates (or contradicts) the other; `in`: the other one does so to this claim. */
  direction: z.enum(['out', 'in']),
  basis: z.string().nullable(),
  note: z.string().nullable(),
  claimants: z.array(claimant),
});

export const claimSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  text: z.string().nullable(),
  date: z.string().nullable(),
  /** `day`, `week`, `month`, `approximate` or `undated` (the date is the reporting article's, a stand-in). */
  datePrecision: z.string().nullable(),
  dateNote: z.string().nullable(),
  kind: z.string().nullable(),
  countMin: z.number().nullable(),
  countMax: z.number().nullable(),
  countText: z.string().nullable(),
  measure: z.string().nullable(),
  verified: z.boolean().nullable(),
  claimants: z.array(claimant),
  about: z.array(reference),
  sources: z.array(claimSourceSchema),
  sourceCount: z.number().int(),
  /** Distinct outlets among the sources; an article whose outlet is unknown counts once on its own. */
  independentSourceCount: z.number().int(),
  firstReport: firstReportSchema.nullable(),
  corroborates: z.array(relatedClaimSchema),
  contradicts: z.array(relatedClaimSchema),
});

export const claimsResponseSchema = z.object({
  claims: z.array(claimSchema),
  total: z.number().int(),
  skip: z.number().int(),
  limit: z.number().int(),
});

export const claimResponseSchema = z.object({ claim: claimSchema });

export type ClaimsQuery = z.infer<typeof claimsQuerySchema>;
export type Claim = z.infer<typeof claimSchema>;
export type ClaimSource = z.infer<typeof claimSourceSchema>;
export type ClaimsResponse = z.infer<typeof claimsResponseSchema>;
export type ClaimResponse = z.infer<typeof claimResponseSchema>;
/** The filters as a caller writes them (before defaults). */
export type ClaimsFilter = z.input<typeof claimsQuerySchema>;
export type ClaimReference = z.infer<typeof reference>;
export type RelatedClaim = z.infer<typeof relatedClaimSchema>;
