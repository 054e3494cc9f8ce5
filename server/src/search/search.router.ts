// GET /api/search?q=&limit=&labels=.
import { Router } from 'express';
import { parseInput } from '../http/parse-input';
import { searchQuerySchema, type SearchResponse } from './search.schema';
import type { SearchService } from './search.service';

export function searchRouter(service: SearchService): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const { q, limit, labels } = parseInput(searchQuerySchema, req.query, 'query parameter');
    res.json({ results: await service.search(q, limit, labels) } satisfies SearchResponse);
  });
  return router;
}
