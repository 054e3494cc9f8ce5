// GET /api/nodes/:id and GET /api/nodes/:id/neighbors.
import { Router } from 'express';
import { parseInput } from '../http/parse-input';
import { neighborsQuerySchema, nodeIdSchema, type NeighborsResponse, type NodeDetails } from './nodes.schema';
import type { NodesService } from './nodes.service';

export function nodesRouter(service: NodesService): Router {
  const router = Router();
  router.get('/nodes/:id', async (req, res) => {
    const { id } = parseInput(nodeIdSchema, req.params, 'path parameter');
    res.json((await service.details(id)) satisfies NodeDetails);
  });
  router.get('/nodes/:id/neighbors', async (req, res) => {
    const { id } = parseInput(nodeIdSchema, req.params, 'path parameter');
    const query = parseInput(neighborsQuerySchema, req.query, 'query parameter');
    res.json((await service.neighbors(id, query)) satisfies NeighborsResponse);
  });
  return router;
}
