// POST /api/articles/preview: an article's text in, a proposal of entities and attributed claims out; writes nothing.
// POST /api/articles: the reviewed proposal in; writes and loads cypher/data/10-articles/NNN-<slug>.cypher (token rule
// of all user writes).
import { Router, type RequestHandler } from 'express';
import { parseInput } from '../http/parse-input';
import { previewRequestSchema, saveRequestSchema } from './articles.schema';
import type { ArticlesService } from './articles.service';

export function articlesRouter(service: ArticlesService, requireToken: RequestHandler): Router {
  const router = Router();
  router.post('/articles', requireToken, async (req, res) => {
    res.status(201).json(await service.save(parseInput(saveRequestSchema, req.body, 'body field')));
  });
  router.post('/articles/preview', async (req, res) => {
    res.json(await service.preview(parseInput(previewRequestSchema, req.body, 'body field')));
  });
  return router;
}
