// The requests the large-graph part times twice: on the seed graph, then on the seed graph plus the synthetic one.
// Most are the very same request (so only the size of the graph changes); where the seed graph has no node as big
// as a synthetic hub, the large graph's request names the hub and the seed's names its busiest node instead.
import { BASELINE, type BenchRequest } from '../bench-endpoints';
import { HUBS } from './synthetic-graph';

export interface ScaledRequest {
  name: string;
  seed: BenchRequest;
  large: BenchRequest;
}

const get = (name: string, path: string): BenchRequest => ({ name, method: 'GET', path });
const post = (name: string, path: string, body: unknown): BenchRequest => ({ name, method: 'POST', path, body });
const same = (request: BenchRequest): ScaledRequest => ({ name: request.name, seed: request, large: request });
const hub = (name: string, seed: BenchRequest, large: BenchRequest): ScaledRequest => ({ name, seed, large });

/** The seed graph's busiest node: the Kursk region, which most claims are about. */
const SEED_HUB = 'place:kursk-region';

export const SCALED_BASELINE: ScaledRequest = same(BASELINE);

export const SCALED_REQUESTS: ScaledRequest[] = [
  same(get('GET /api/schema', '/api/schema')),
  same(get('GET /api/search (prefix + fuzzy)', '/api/search?q=zelensk')),
  same(get('GET /api/search (term in 1 of 6 claims)', '/api/search?q=casualties&labels=Claim&limit=20')),
  same(get('GET /api/nodes/:id (seed node)', '/api/nodes/agency:gur')),
  hub(
    'GET /api/nodes/:id (hub)',
    get('seed hub', `/api/nodes/${SEED_HUB}`),
    get('large hub', `/api/nodes/${HUBS.place.id}`),
  ),
  hub(
    'GET /api/nodes/:id/neighbors?limit=50 (hub)',
    get('seed hub', `/api/nodes/${SEED_HUB}/neighbors?limit=50`),
    get('large hub', `/api/nodes/${HUBS.place.id}/neighbors?limit=50`),
  ),
  hub(
    'GET …/neighbors?types=CLAIMED&limit=50 (hub)',
    get('seed hub', '/api/nodes/agency:gur/neighbors?types=CLAIMED&limit=50'),
    get('large hub', `/api/nodes/${HUBS.person.id}/neighbors?types=CLAIMED&limit=50`),
  ),
  same(get('GET /api/claims (first 200)', '/api/claims')),
  same(get('GET /api/claims?about= (seed place)', `/api/claims?about=${SEED_HUB}`)),
  hub(
    'GET /api/claims?about= (hub, first 200)',
    get('seed hub', `/api/claims?about=${SEED_HUB}`),
    get('large hub', `/api/claims?about=${HUBS.place.id}`),
  ),
  same(post('POST /api/queries/overview/run', '/api/queries/overview/run', {})),
  hub(
    'POST …/claims-by-entity/run (hub)',
    post('seed hub', '/api/queries/claims-by-entity/run', { params: { entityId: 'person:volodymyr-zelensky' } }),
    post('large hub', '/api/queries/claims-by-entity/run', { params: { entityId: HUBS.person.id } }),
  ),
  same(
    post('POST /api/cypher (paths, LIMIT 200)', '/api/cypher', {
      query: 'MATCH p = (:Person)-[:CLAIMED]->(:Claim)-[:ABOUT]->(:Place) RETURN p LIMIT 200',
    }),
  ),
  same(post('POST /api/cypher (count claims)', '/api/cypher', { query: 'MATCH (c:Claim) RETURN count(c) AS claims' })),
];
