// The requests `npm run load` sends: a weighted mix of what people do in the explorer (search, open a node, expand
// it, read claims, run saved queries, write ad-hoc Cypher, now and then save or delete a query of their own), with
// ids and words taken from the graph being loaded, so every request is one the explorer really receives.
import { seededRandom } from '../seeded-random';

export interface MixRequest {
  kind: string;
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  body?: string;
}

/** What the mix draws from: read once from the server before the run. */
export interface GraphSample {
  nodeIds: string[];
  claimIds: string[];
  articleIds: string[];
  searchWords: string[];
  savedQueries: { id: string; params: { name: string; type: string; required: boolean }[] }[];
}

const AD_HOC_QUERIES = [
  'MATCH (p:Person)-[:CLAIMED]->(c:Claim) RETURN p.name AS who, count(c) AS claims ORDER BY claims DESC LIMIT 10',
  'MATCH (c:Claim)-[:ABOUT]->(x {id: $id}) RETURN c LIMIT 25',
  'MATCH (n {id: $id})-[r]-(m) RETURN n, r, m LIMIT 30',
  'MATCH (a:Article) RETURN a.title AS title, a.published AS published ORDER BY published DESC LIMIT 20',
  'MATCH (c:Claim) WHERE c.date >= $from RETURN c.id AS id, c.text AS text ORDER BY c.date LIMIT 20',
];

/** A user query saved during the run; the mix deletes what it saved, and the load command deletes what is left. */
export const LOAD_QUERY_PREFIX = 'load-test-';

/** Relative weights of each kind of request, roughly as one analyst's session spreads them. */
const WEIGHTS: [kind: string, weight: number][] = [
  ['search', 24],
  ['node', 16],
  ['neighbours', 16],
  ['claims', 14],
  ['saved query', 10],
  ['list queries', 4],
  ['ad-hoc cypher', 10],
  ['schema', 4],
  ['save or delete', 2],
];

export class TrafficMix {
  private readonly random: () => number;
  private readonly total = WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  private saved = 0;
  /** Ids of queries this run saved and has not deleted yet. */
  readonly savedIds: string[] = [];

  constructor(
    private readonly sample: GraphSample,
    seed = 12,
  ) {
    this.random = seededRandom(seed);
  }

  next(): MixRequest {
    let draw = this.random() * this.total;
    const kind = WEIGHTS.find(([, weight]) => (draw -= weight) < 0)?.[0] ?? 'search';
    return this.build(kind);
  }

  /** Called with every answer, so the mix knows which saved queries exist. */
  answered(request: MixRequest, status: number): void {
    if (request.kind === 'save or delete' && request.method === 'POST' && status === 201) {
      this.savedIds.push((JSON.parse(request.body ?? '{}') as { id: string }).id);
    }
  }

  private build(kind: string): MixRequest {
    const s = this.sample;
    switch (kind) {
      case 'search':
        return get(kind, `/api/search?q=${encodeURIComponent(this.pick(s.searchWords))}&limit=10`);
      case 'node':
        return get(kind, `/api/nodes/${encodeURIComponent(this.pick(s.nodeIds))}`);
      case 'neighbours':
        return get(kind, `/api/nodes/${encodeURIComponent(this.pick(s.nodeIds))}/neighbors?limit=50`);
      case 'claims': {
        const filter = this.pick(['about', 'by', 'article']);
        const id = filter === 'article' ? this.pick(s.articleIds) : this.pick(s.nodeIds);
        return get(kind, `/api/claims?${filter}=${encodeURIComponent(id)}&limit=20`);
      }
      case 'saved query': {
        const query = this.pick(s.savedQueries);
        const params = Object.fromEntries(query.params.map((p) => [p.name, this.value(p.name, p.type)]));
        return post(kind, `/api/queries/${query.id}/run`, { params });
      }
      case 'list queries':
        return get(kind, '/api/queries');
      case 'ad-hoc cypher':
        return post(kind, '/api/cypher', {
          query: this.pick(AD_HOC_QUERIES),
          params: { id: this.pick(s.nodeIds), from: this.date() },
        });
      case 'schema':
        return get(kind, '/api/schema');
      default:
        return this.saveOrDelete(kind);
    }
  }

  private saveOrDelete(kind: string): MixRequest {
    const id = this.savedIds.length > 0 && this.random() < 0.5 ? this.savedIds.shift() : undefined;
    if (id) return { kind, method: 'DELETE', path: `/api/queries/${id}` };
    this.saved += 1;
    return {
      kind,
      method: 'POST',
      path: '/api/queries',
      body: JSON.stringify({
        id: `${LOAD_QUERY_PREFIX}${process.pid}-${this.saved}`,
        title: `Load test ${this.saved}`,
        query: 'MATCH (c:Claim)-[:ABOUT]->(x {id: $id}) RETURN c LIMIT 10',
        params: [{ name: 'id', type: 'id', required: true }],
      }),
    };
  }

  private value(name: string, type: string): unknown {
    const s = this.sample;
    if (type === 'id') {
      if (/claim/i.test(name)) return this.pick(s.claimIds);
      if (/article/i.test(name)) return this.pick(s.articleIds);
      return this.pick(s.nodeIds);
    }
    if (type === 'date') return this.date();
    if (type === 'integer') return 10;
    if (type === 'float') return 1.5;
    if (type === 'boolean') return true;
    return this.pick(s.searchWords);
  }

  /** A day of the seed graph's period (December 2024 to January 2025). */
  private date(): string {
    const day = new Date(Date.UTC(2024, 11, 10) + Math.floor(this.random() * 40) * 86_400_000);
    return day.toISOString().slice(0, 10);
  }

  private pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.random() * items.length)];
    if (item === undefined) throw new Error('The graph sample is empty: load a graph before running the load test.');
    return item;
  }
}

function get(kind: string, path: string): MixRequest {
  return { kind, method: 'GET', path };
}

function post(kind: string, path: string, body: unknown): MixRequest {
  return { kind, method: 'POST', path, body: JSON.stringify(body) };
}
