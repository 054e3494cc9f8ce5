// POST /api/cypher: read-only ad-hoc Cypher, one statement, bounded in rows and time.
import { Router } from 'express';
import { parseInput } from '../http/parse-input';
import type { CypherResult } from './cypher-result.schema';
import { cypherBodySchema } from './cypher.schema';
import type { CypherService } from './cypher.service';

export function cypherRouter(service: CypherService, maxQueryLength: number): Router {
  const router = Router();
  const bodySchema = cypherBodySchema(maxQueryLength);
  router.post('/cypher', async (req, res) => {
    const body = parseInput(bodySchema, req.body, 'body field');
    res.json((await service.runFromJson(body.query, body.params)) satisfies CypherResult);
  });
  return router;
}
