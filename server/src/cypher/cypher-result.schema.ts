// The result shape shared by POST /api/cypher and POST /api/queries/:id/run.
import { z } from 'zod';
import { graphPayloadSchema } from '../graph/graph-payload.schema';

export const cypherResultSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.unknown())),
  graph: graphPayloadSchema,
  summary: z.object({
    queryType: z.string(),
    rows: z.number().int(),
    truncated: z.boolean(),
    ms: z.number(),
  }),
});

export type CypherResult = z.infer<typeof cypherResultSchema>;
