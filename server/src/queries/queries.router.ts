// GET /api/queries, POST /api/queries (save), DELETE /api/queries/:id and POST /api/queries/:id/run.
import { Router, type RequestHandler } from 'express';
import type { CypherResult } from '../cypher/cypher-result.schema';
import { parseInput } from '../http/parse-input';
import {
  runQueryBodySchema,
  saveQueryBodySchema,
  savedQueryIdSchema,
  type SavedQueriesResponse,
  type SavedQueryResponse,
} from './queries.schema';
import type { QueriesService } from './queries.service';

export interface QueriesRouterOptions {
  maxQueryLength: number;
  requireToken: RequestHandler;
}

export function queriesRouter(service: QueriesService, options: QueriesRouterOptions): Router {
  const router = Router();
  const saveSchema = saveQueryBodySchema(options.maxQueryLength);
  router.get('/queries', async (_req, res) => {
    res.json({ queries: await service.list() } satisfies SavedQueriesResponse);
  });
  router.post('/queries', options.requireToken, async (req, res) => {
    const query = await service.save(parseInput(saveSchema, req.body, 'body field'));
    res.status(201).json({ query } satisfies SavedQueryResponse);
  });
  router.delete('/queries/:id', options.requireToken, async (req, res) => {
    const { id } = parseInput(savedQueryIdSchema, req.params, 'path parameter');
    await service.remove(id);
    res.status(204).end();
  });
  router.post('/queries/:id/run', async (req, res) => {
    const { id } = parseInput(savedQueryIdSchema, req.params, 'path parameter');
    const { params } = parseInput(runQueryBodySchema, req.body ?? {}, 'body field');
    res.json((await service.run(id, params)) satisfies CypherResult);
  });
  return router;
}
