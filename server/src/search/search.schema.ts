// GET /api/search: the query string and the response.
import { z } from 'zod';

export const searchQuerySchema = z.object({
  q: z
    .string({ error: 'is required: the text to search for' })
    .trim()
    .min(1, 'must not be empty')
    .max(200, 'must be at most 200 characters'),
  limit: z.coerce
    .number({ error: 'must be a whole number from 1 to 50' })
    .int('must be a whole number from 1 to 50')
    .min(1, 'must be at least 1')
    .max(50, 'must be at most 50')
    .default(10),
  labels: z
    .string()
    .optional()
    .transform((value) =>
      value
        ?.split(',')
        .map((label) => label.trim())
        .filter(Boolean),
    ),
});

export const searchResultSchema = z.object({
  id: z.string(),
  labels: z.array(z.string()),
  caption: z.string(),
  score: z.number(),
});

export const searchResponseSchema = z.object({ results: z.array(searchResultSchema) });

export type SearchResult = z.infer<typeof searchResultSchema>;
export type SearchResponse = z.infer<typeof searchResponseSchema>;
