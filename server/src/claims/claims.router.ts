// GET /api/claims (filters, sort, paging; JSON or ?format=csv) and GET /api/claims/:id (JSON or ?format=jsonld).
import { Router } from 'express';
import { parseInput } from '../http/parse-input';
import type { OriginOf } from '../http/public-origin';
import { claimToJsonLd } from './claim-jsonld';
import { claimsToCsv } from './claims-csv';
import {
  claimFormatSchema,
  claimIdSchema,
  claimsQuerySchema,
  type ClaimResponse,
  type ClaimsResponse,
} from './claims.schema';
import type { ClaimsService } from './claims.service';

export function claimsRouter(service: ClaimsService, originOf: OriginOf): Router {
  const router = Router();
  router.get('/claims', async (req, res) => {
    const query = parseInput(claimsQuerySchema, req.query, 'query parameter');
    const answer = await service.list(query);
    if (query.format === 'csv') {
      res
        .set('X-Total-Count', String(answer.total))
        .attachment('claims.csv')
        .type('text/csv; charset=utf-8')
        .send(claimsToCsv(answer.claims));
      return;
    }
    res.json(answer satisfies ClaimsResponse);
  });
  router.get('/claims/:id', async (req, res) => {
    const { id } = parseInput(claimIdSchema, req.params, 'path parameter');
    const { format } = parseInput(claimFormatSchema, req.query, 'query parameter');
    const claim = await service.get(id);
    if (format === 'jsonld') {
      const url = `${originOf(req)}${req.baseUrl}/claims/${encodeURIComponent(id)}`;
      res.type('application/ld+json; charset=utf-8').send(JSON.stringify(claimToJsonLd(claim, url)));
      return;
    }
    res.json({ claim } satisfies ClaimResponse);
  });
  return router;
}
