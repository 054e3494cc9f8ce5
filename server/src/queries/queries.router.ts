// GET /api/queries and POST /api/queries/:id/run.
import { Router } from 'express';
import { BadRequestError } from '../errors/app-errors';
import { runQueryBodySchema } from './queries.schema';
import type { QueriesService } from './queries.service';

export function queriesRouter(service: QueriesService): Router {
  const router = Router();
  router.get('/queries', (_req, res) => {
    res.json({ queries: service.list() });
  });
  router.post('/queries/:id/run', async (req, res) => {
    const body = runQueryBodySchema.safeParse(req.body ?? {});
    if (!body.success) throw new BadRequestError('The body must be {"params": {…}} with one value per parameter.');
    res.json(await service.run(req.params.id, body.data.params));
  });
  return router;
}
