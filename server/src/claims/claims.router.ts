// GET /api/claims?about=&by=&article=&from=&to=&kind=&limit= and GET /api/claims/:id.
import { Router } from 'express';
import { parseInput } from '../http/parse-input';
import { claimIdSchema, claimsQuerySchema } from './claims.schema';
import type { ClaimsService } from './claims.service';

export function claimsRouter(service: ClaimsService): Router {
  const router = Router();
  router.get('/claims', async (req, res) => {
    res.json({ claims: await service.list(parseInput(claimsQuerySchema, req.query, 'query parameter')) });
  });
  router.get('/claims/:id', async (req, res) => {
    const { id } = parseInput(claimIdSchema, req.params, 'path parameter');
    res.json({ claim: await service.get(id) });
  });
  return router;
}
