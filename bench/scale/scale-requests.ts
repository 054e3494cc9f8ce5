// The requests the scale part times twice: on the seed graph, then on the seed graph plus the synthetic one. Most
// are the very same request (so only the size of the graph changes); where the seed graph has no node as big as a
// synthetic hub, the large graph's request names the hub and the seed's names its busiest node instead. Each has
// the p95 budget the issue sets for it on a 1M-node graph, where there is one.
import { BASELINE, type BenchRequest } from '../bench-endpoints';
import { HUBS, syntheticId } from '../../tools/loader/synthetic/news-graph-model';

export interface ScaledRequest {
  name: string;
  seed: BenchRequest;
  large: BenchRequest;
  /** Most p95 milliseconds allowed on the large graph. */
  budgetMs?: number;
}

const get = (name: string, path: string): BenchRequest => ({ name, method: 'GET', path });
const post = (name: string, path: string, body: unknown): BenchRequest => ({ name, method: 'POST', path, body });
const same = (request: BenchRequest, budgetMs?: number): ScaledRequest => ({
  name: request.name,
  seed: request,
  large: request,
  budgetMs,
});
const saved = (id: string, params: Record<string, unknown>): BenchRequest =>
  post(`POST …/${id}/run`, `/api/queries/${id}/run`, { params });
const hub = (name: string, seed: BenchRequest, large: BenchRequest, budgetMs?: number): ScaledRequest => ({
  name,
  seed,
  large,
  budgetMs,
});

/** The seed graph's busiest node: the Kursk region, which most claims are about. */
const SEED_HUB = 'place:kursk-region';

export const SCALED_BASELINE: ScaledRequest = same(BASELINE);

/** An ordinary synthetic node with a handful of links (there at every size the bench allows). */
const ORDINARY = 'person:synthetic-100';

export const SCALED_REQUESTS: ScaledRequest[] = [
  same(get('GET /api/schema', '/api/schema'), 20),
  same(get('GET /api/search (prefix + fuzzy)', '/api/search?q=zelensk'), 30),
  same(get('GET /api/search (term in many claims)', '/api/search?q=casualties&labels=Claim&limit=20'), 30),
  same(get('GET /api/nodes/:id (seed node)', '/api/nodes/agency:gur'), 10),
  hub(
    'GET /api/nodes/:id (hub)',
    get('seed hub', `/api/nodes/${SEED_HUB}`),
    get('hub', `/api/nodes/${HUBS.place}`),
    10,
  ),
  hub(
    'GET …/neighbors?limit=50 (ordinary node)',
    get('seed node', '/api/nodes/person:pat-ryder/neighbors?limit=50'),
    get('ordinary', `/api/nodes/${ORDINARY}/neighbors?limit=50`),
    20,
  ),
  hub(
    'GET …/neighbors?limit=50 (hub)',
    get('seed hub', `/api/nodes/${SEED_HUB}/neighbors?limit=50`),
    get('hub', `/api/nodes/${HUBS.place}/neighbors?limit=50`),
    20,
  ),
  hub(
    'GET …/neighbors?limit=50&skip=500 (hub)',
    get('seed hub', `/api/nodes/${SEED_HUB}/neighbors?limit=50&skip=100`),
    get('hub', `/api/nodes/${HUBS.place}/neighbors?limit=50&skip=500`),
    20,
  ),
  hub(
    'GET …/neighbors?types=CLAIMED&limit=50 (hub)',
    get('seed hub', '/api/nodes/agency:gur/neighbors?types=CLAIMED&limit=50'),
    get('hub', `/api/nodes/${HUBS.person}/neighbors?types=CLAIMED&limit=50`),
    20,
  ),
  same(get('GET /api/claims (first 200)', '/api/claims')),
  hub(
    'GET /api/claims?about= (hub, first 50)',
    get('seed hub', `/api/claims?about=${SEED_HUB}&limit=50`),
    get('hub', `/api/claims?about=${HUBS.place}&limit=50`),
    30,
  ),
  same(post('POST /api/queries/overview/run', '/api/queries/overview/run', {}), 50),
  hub(
    'POST …/claims-by-entity/run (hub)',
    saved('claims-by-entity', { entityId: 'person:volodymyr-zelensky' }),
    saved('claims-by-entity', { entityId: HUBS.person }),
  ),
  same(
    post('POST /api/cypher (paths, LIMIT 200)', '/api/cypher', {
      query: 'MATCH p = (:Person)-[:CLAIMED]->(:Claim)-[:ABOUT]->(:Place) RETURN p LIMIT 200',
    }),
  ),
  same(post('POST /api/cypher (count claims)', '/api/cypher', { query: 'MATCH (c:Claim) RETURN count(c) AS claims' })),
];

/**
 * The other built-in saved queries, some of which read a good part of the graph (the country most places lie in is
 * the subject of most claims). No budget: the bench times them after the requests above, outside the warm-up rounds,
 * so the garbage they leave in Neo4j is not collected while the budgeted requests are timed.
 */
export const SAVED_QUERY_REQUESTS: ScaledRequest[] = [
  hub(
    'POST …/claims-about/run (hub)',
    saved('claims-about', { entityId: SEED_HUB }),
    saved('claims-about', { entityId: HUBS.place }),
  ),
  hub(
    'POST …/neighbourhood/run (hub)',
    saved('neighbourhood', { entityId: SEED_HUB }),
    saved('neighbourhood', { entityId: HUBS.place }),
  ),
  hub(
    'POST …/claims-in-article/run (busiest article)',
    saved('claims-in-article', { articleId: 'article:000-nk-soldiers-killed-kursk' }),
    saved('claims-in-article', { articleId: syntheticId('Article', 0) }),
  ),
  hub(
    'POST …/shortest-path/run',
    saved('shortest-path', { fromId: 'person:pat-ryder', toId: 'place:vorozhba' }),
    saved('shortest-path', { fromId: ORDINARY, toId: syntheticId('Place', 7) }),
  ),
  same(saved('claims-in-date-range', { from: '2024-12-14', to: '2024-12-17' })),
  same(saved('contradictions', {})),
  same(saved('casualty-figures', {})),
  same(saved('most-cited-entities', {})),
];
