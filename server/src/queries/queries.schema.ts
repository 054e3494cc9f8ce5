// Saved queries: catalogue entries with typed parameters, the body of a run request and of a save request.
import { z } from 'zod';
import { cypherTextSchema, PARAMETER_NAME } from '../cypher/cypher.schema';

export const paramTypes = ['string', 'integer', 'float', 'boolean', 'date', 'id'] as const;
export type ParamType = (typeof paramTypes)[number];

export const SAVED_QUERY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const savedQueryParamSchema = z.object({
  name: z.string(),
  type: z.enum(paramTypes),
  default: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  required: z.boolean(),
  description: z.string().optional(),
});

export const savedQuerySummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  params: z.array(savedQueryParamSchema),
  source: z.enum(['builtin', 'user']),
});

export const runQueryBodySchema = z.object(
  { params: z.record(z.string(), z.unknown(), { error: 'must be an object of parameter values' }).default({}) },
  { error: 'The body must be a JSON object like {"params": {"limit": 10}}' },
);

export const savedQueryIdSchema = z.object({
  id: z.string().max(80, 'must be at most 80 characters').regex(SAVED_QUERY_ID, 'must be kebab-case like my-query'),
});

export function saveQueryBodySchema(maxQueryLength: number) {
  return z.object(
    {
      id: savedQueryIdSchema.shape.id.optional(),
      title: z.string({ error: 'is required: a short title' }).trim().min(1, 'must not be empty').max(120),
      description: z.string().trim().max(1_000, 'must be at most 1000 characters').default(''),
      query: cypherTextSchema(maxQueryLength, 'is required: the Cypher of the query'),
      params: z
        .array(
          z.object({
            name: z
              .string({ error: 'is required' })
              .regex(PARAMETER_NAME, 'must be a parameter name: letters, digits and _'),
            type: z.enum(paramTypes, { error: `must be one of ${paramTypes.join(', ')}` }),
            default: z.union([z.string().max(1_000), z.number(), z.boolean(), z.null()]).default(null),
            required: z.boolean().default(false),
            description: z.string().max(300).optional(),
          }),
        )
        .max(20, 'must declare at most 20 parameters')
        .default([]),
    },
    { error: 'The body must be a JSON object like {"title": "…", "query": "MATCH …"}' },
  );
}

export const savedQueriesResponseSchema = z.object({ queries: z.array(savedQuerySummarySchema) });
export const savedQueryResponseSchema = z.object({ query: savedQuerySummarySchema });

export type SavedQueryParam = z.infer<typeof savedQueryParamSchema>;
export type SavedQuerySummary = z.infer<typeof savedQuerySummarySchema>;
export type SaveQueryBody = z.infer<ReturnType<typeof saveQueryBodySchema>>;
/** A save request as a caller writes it (before defaults). */
export type NewSavedQuery = z.input<ReturnType<typeof saveQueryBodySchema>>;
export type RunQueryBody = z.input<typeof runQueryBodySchema>;
export type SavedQueriesResponse = z.infer<typeof savedQueriesResponseSchema>;
export type SavedQueryResponse = z.infer<typeof savedQueryResponseSchema>;
export interface SavedQuery extends SavedQuerySummary {
  cypher: string;
  /** Built-in queries only: how long an answer may be served from memory (`// @cache <seconds>`). */
  cacheSeconds?: number;
}
