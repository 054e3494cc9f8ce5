// GET /api/schema.
import { Router } from 'express';
import type { SchemaResponse } from './schema.schema';
import type { SchemaService } from './schema.service';

export function schemaRouter(service: SchemaService): Router {
  const router = Router();
  router.get('/schema', async (_req, res) => {
    res.json((await service.describe()) satisfies SchemaResponse);
  });
  return router;
}
