// POST /api/articles/preview: an article's text in, a proposal of entities and attributed claims out; writes nothing.
import { Router } from 'express';
import { parseInput } from '../http/parse-input';
import { previewRequestSchema } from './articles.schema';
import type { ArticlesService } from './articles.service';

export function articlesRouter(service: ArticlesService): Router {
  const router = Router();
  router.post('/articles/preview', async (req, res) => {
    res.json(await service.preview(parseInput(previewRequestSchema, req.body, 'body field')));
  });
  return router;
}
