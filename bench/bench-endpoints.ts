// The API calls the benchmark times, on the seed graph: one per endpoint of CONTRACT.md, with realistic parameters.

export interface BenchRequest {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

/** The floor every other figure is compared with: the cheapest round trip to Neo4j through the whole stack. */
export const BASELINE: BenchRequest = { name: 'GET /api/health (baseline)', method: 'GET', path: '/api/health' };

export const BENCH_REQUESTS: BenchRequest[] = [
  { name: 'GET /api/schema', method: 'GET', path: '/api/schema' },
  { name: 'GET /api/search (prefix + fuzzy)', method: 'GET', path: '/api/search?q=zelensk' },
  { name: 'GET /api/search (labels filter)', method: 'GET', path: '/api/search?q=kursk&labels=Claim&limit=20' },
  { name: 'GET /api/nodes/:id', method: 'GET', path: '/api/nodes/agency:gur' },
  { name: 'GET /api/nodes/:id/neighbors', method: 'GET', path: '/api/nodes/place:kursk-region/neighbors?limit=50' },
  {
    name: 'GET /api/nodes/:id/neighbors (types)',
    method: 'GET',
    path: '/api/nodes/agency:gur/neighbors?types=CLAIMED,MEMBER_OF',
  },
  { name: 'GET /api/claims (all)', method: 'GET', path: '/api/claims' },
  { name: 'GET /api/claims?about=', method: 'GET', path: '/api/claims?about=place:kursk-region' },
  { name: 'GET /api/claims/:id', method: 'GET', path: '/api/claims/claim:gur-nk-casualties-30-2024-12-16' },
  { name: 'GET /api/queries', method: 'GET', path: '/api/queries' },
  { name: 'POST /api/queries/overview/run', method: 'POST', path: '/api/queries/overview/run', body: {} },
  {
    name: 'POST /api/queries/claims-by-entity/run',
    method: 'POST',
    path: '/api/queries/claims-by-entity/run',
    body: { params: { entityId: 'person:pat-ryder' } },
  },
  {
    name: 'POST /api/queries/casualty-figures/run',
    method: 'POST',
    path: '/api/queries/casualty-figures/run',
    body: {},
  },
  {
    name: 'POST /api/cypher (RETURN 1)',
    method: 'POST',
    path: '/api/cypher',
    body: { query: 'RETURN 1 AS one' },
  },
  {
    name: 'POST /api/cypher (paths)',
    method: 'POST',
    path: '/api/cypher',
    body: { query: 'MATCH p = (:Person)-[:CLAIMED]->(:Claim)-[:ABOUT]->(:Place) RETURN p LIMIT 200' },
  },
  {
    name: 'POST /api/cypher (refused write)',
    method: 'POST',
    path: '/api/cypher',
    body: { query: 'MATCH (n) DETACH DELETE n' },
  },
];
