// GET /api/nodes/:id and GET /api/nodes/:id/neighbors: path and query parameters, and the responses.
import { z } from 'zod';
import { graphNodeSchema, graphPayloadSchema } from '../graph/graph-payload.schema';

export const nodeIdSchema = z.object({
  id: z.string().min(1, 'must be a node id such as person:pat-ryder').max(300, 'must be at most 300 characters long'),
});

const commaList = z
  .string()
  .optional()
  .transform((value) =>
    value
      ?.split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );

export const neighborsQuerySchema = z.object({
  limit: z.coerce
    .number({ error: 'must be a whole number from 1 to 500' })
    .int('must be a whole number from 1 to 500')
    .min(1, 'must be at least 1')
    .max(500, 'must be at most 500')
    .default(50),
  skip: z.coerce
    .number({ error: 'must be a whole number, 0 or more' })
    .int('must be a whole number, 0 or more')
    .min(0, 'must be 0 or more')
    .max(1_000_000, 'must be at most 1000000')
    .default(0),
  types: commaList,
});

export const nodeDetailsSchema = z.object({
  node: graphNodeSchema,
  degree: z.number().int(),
  degreeByType: z.record(z.string(), z.number().int()),
});

export const neighborsResponseSchema = graphPayloadSchema.extend({
  meta: z.object({ total: z.number().int(), returned: z.number().int(), truncated: z.boolean() }),
});

/** The neighbours query as a caller writes it: `types` is a comma-separated list. */
export type NeighborsQuery = z.input<typeof neighborsQuerySchema>;
export type NodeDetails = z.infer<typeof nodeDetailsSchema>;
export type NeighborsResponse = z.infer<typeof neighborsResponseSchema>;
