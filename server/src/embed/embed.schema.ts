// GET /embed and GET /api/oembed: the query parameters an embed takes, the view it shows (inlined into the page as
// JSON for the embed bundle) and the oEmbed answer. An embed shows a node's neighbourhood, a claim's provenance or a
// saved query's result, never raw Cypher, plus the same view state as an explorer link (expansions, filters, dates).
import { z } from 'zod';
import { claimSchema } from '../claims/claims.schema';
import { graphPayloadSchema } from '../graph/graph-payload.schema';
import { isoDateSchema } from '../http/iso-date';
import { savedQueryIdSchema } from '../queries/queries.schema';

export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** Height of an embed's graph in pixels; the title and footer add to it. */
export const DEFAULT_GRAPH_HEIGHT = 320;
/** Most nodes an embed expands on top of its base view; a link with more is refused rather than cut silently. */
export const MAX_EMBED_EXPANSIONS = 20;
/** Neighbours added per expanded node, as one click on "expand" in the explorer adds. */
export const EMBED_EXPAND_PAGE = 25;

const nodeId = z
  .string()
  .min(1, 'must be a node id such as person:pat-ryder')
  .max(300, 'must be at most 300 characters long');

const idList = (what: string, max: number) =>
  z
    .string()
    .max(10_000, 'is too long')
    .transform((value) =>
      value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().min(1).max(300, `each ${what} must be at most 300 characters`))
        .max(max, `lists at most ${max} ${what}s`),
    );

const jsonObject = z
  .string()
  .max(4_000, 'must be at most 4000 characters of JSON')
  .transform((text, context) => {
    try {
      const value: unknown = JSON.parse(text);
      if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // Reported below, as for a JSON value that is not an object.
    }
    context.addIssue({ code: 'custom', message: 'must be a URL-encoded JSON object like {"limit":10}' });
    return z.NEVER;
  });

export const embedQuerySchema = z
  .object({
    node: nodeId.optional(),
    claim: nodeId.optional(),
    query: savedQueryIdSchema.shape.id.optional(),
    params: jsonObject.optional(),
    cypher: z
      .undefined({
        error: 'is not accepted: an embed never runs raw Cypher; save the query and embed ?query=<its id>',
      })
      .optional(),
    limit: z.coerce
      .number({ error: 'must be a whole number from 1 to 200' })
      .int('must be a whole number from 1 to 200')
      .min(1, 'must be at least 1')
      .max(200, 'must be at most 200')
      .default(50),
    types: idList('relationship type', 30).optional(),
    expand: idList('node id', MAX_EMBED_EXPANSIONS).optional(),
    hide: idList('label', 30).optional(),
    hideRel: idList('relationship type', 30).optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    select: nodeId.optional(),
    theme: z.enum(EMBED_THEMES, { error: 'must be light, dark or auto' }).default('auto'),
    legend: z.enum(['0', '1'], { error: 'must be 0 or 1' }).default('1'),
    title: z.string().max(200, 'must be at most 200 characters').optional(),
    height: z.coerce
      .number({ error: 'must be the graph height in pixels, 120 to 2000' })
      .int('must be the graph height in pixels, 120 to 2000')
      .min(120, 'must be at least 120 (pixels)')
      .max(2_000, 'must be at most 2000 (pixels)')
      .default(DEFAULT_GRAPH_HEIGHT),
  })
  .refine((q) => [q.node, q.claim, q.query].filter(Boolean).length === 1, {
    message: 'must be exactly one of node=<id>, claim=<id> or query=<saved query id>',
    path: ['node'],
  })
  .refine((q) => q.params === undefined || q.query !== undefined, {
    message: 'only goes with query=<saved query id>',
    path: ['params'],
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'must not be after "to"', path: ['from'] });

export type EmbedQuery = z.output<typeof embedQuerySchema>;

export const sourceSchema = z.object({
  articleId: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
});

export const sourcesSchema = z.object({ sources: z.array(sourceSchema), total: z.number().int() });

export const sourcesBodySchema = z.object(
  {
    ids: z.array(nodeId, { error: 'must be a list of node ids' }).max(10_000, 'must list at most 10000 node ids'),
  },
  { error: 'The body must be a JSON object like {"ids": ["claim:…"]}' },
);

/** What an embed page shows: inlined into /embed as JSON and read by the embed bundle (and HTML snapshots). */
export const embedViewSchema = z.object({
  kind: z.enum(['node', 'claim', 'query', 'snapshot']),
  title: z.string(),
  theme: z.enum(EMBED_THEMES),
  legend: z.boolean(),
  graphHeight: z.number().int(),
  graph: graphPayloadSchema,
  /** The node the view is about (the neighbourhood's node or the claim), drawn first and outlined. */
  focus: z.string().nullable(),
  selected: z.string().nullable(),
  filters: z.object({
    hiddenLabels: z.array(z.string()),
    hiddenTypes: z.array(z.string()),
    from: z.string().nullable(),
    to: z.string().nullable(),
  }),
  claim: claimSchema.nullable(),
  sources: z.array(sourceSchema),
  sourcesTotal: z.number().int(),
  /** The full explorer with the same view, absolute. */
  explorerUrl: z.string(),
  /** Positions given by the explorer (HTML snapshots); without them the embed lays the graph out itself. */
  positions: z.record(z.string(), z.object({ x: z.number(), y: z.number() })).nullable(),
});

export type EmbedView = z.infer<typeof embedViewSchema>;
export type EmbedSource = z.infer<typeof sourceSchema>;
export type EmbedSources = z.infer<typeof sourcesSchema>;

export const oembedQuerySchema = z.object({
  url: z.string({ error: 'is required: the address of an embed or explorer page' }).min(1).max(8_000),
  maxwidth: z.coerce.number({ error: 'must be a whole number of pixels' }).int().min(100).max(4_000).optional(),
  maxheight: z.coerce.number({ error: 'must be a whole number of pixels' }).int().min(100).max(4_000).optional(),
  format: z.enum(['json', 'xml'], { error: 'must be json or xml' }).default('json'),
});

export const oembedResponseSchema = z.object({
  version: z.literal('1.0'),
  type: z.literal('rich'),
  title: z.string(),
  provider_name: z.string(),
  provider_url: z.string(),
  html: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  cache_age: z.number().int(),
});

export type OEmbedResponse = z.infer<typeof oembedResponseSchema>;
