// GET /api/health: 200 when Neo4j answers, 503 with the same shape when it does not.
import { Router } from 'express';
import type { Driver } from 'neo4j-driver';
import { healthResponseSchema } from './health.schema';
import { checkHealth } from './health.service';

export function healthRouter(driver: Driver, database?: string): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const health = healthResponseSchema.parse(await checkHealth(driver, database));
    res.status(health.neo4j.connected ? 200 : 503).json(health);
  });
  return router;
}
