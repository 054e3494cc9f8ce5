// Shape of GET /api/health (contract: the same shape with 503 when the database is unreachable).
import { z } from 'zod';

export const healthResponseSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  neo4j: z.object({ connected: z.boolean(), version: z.string().nullable() }),
});

export type HealthResponse = z.infer<typeof healthResponseSchema>;
