// Saved queries: their catalogue entries, typed parameters, and the body of a run request.
import { z } from 'zod';

export const paramTypes = ['string', 'integer', 'float', 'boolean', 'date', 'id'] as const;
export type ParamType = (typeof paramTypes)[number];

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
});

export const runQueryBodySchema = z.object({
  params: z.record(z.string(), z.unknown()).default({}),
});

export type SavedQueryParam = z.infer<typeof savedQueryParamSchema>;
export type SavedQuerySummary = z.infer<typeof savedQuerySummarySchema>;
export interface SavedQuery extends SavedQuerySummary {
  cypher: string;
}
