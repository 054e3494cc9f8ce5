// Talks to the explorer's HTTP API; every failure becomes an ApiError carrying the contract's code and message.
import { ApiError } from './api-error';
import type {
  ArticlePreviewRequest,
  ArticleProposal,
  ArticleSaveRequest,
  ArticleSaveResult,
  ArticleSource,
  Claim,
  ClaimsResponse,
  CypherResult,
  HealthResponse,
  NeighborsResponse,
  NewSavedQuery,
  NodeResponse,
  SavedQuerySummary,
  SchemaResponse,
  SearchResult,
} from './api-types';

export { ApiError };
export type * from './api-types';

export interface ClaimsFilter {
  about?: string;
  by?: string;
  article?: string;
  from?: string;
  to?: string;
  kind?: string;
  q?: string;
  contested?: boolean;
  sort?: 'date' | 'kind' | 'claimant' | 'sources';
  order?: 'asc' | 'desc';
  limit?: number;
  skip?: number;
}

/** Called with every ApiError before it is thrown, so the app can react to an unavailable database anywhere. */
export type ApiErrorObserver = (error: ApiError) => void;

export class ApiClient {
  private readonly observers = new Set<ApiErrorObserver>();

  constructor(private readonly baseUrl = '') {}

  onError(observer: ApiErrorObserver): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  /** The health answer, also on 503 (which carries the same shape). */
  async health(): Promise<HealthResponse> {
    try {
      const response = await fetch(`${this.baseUrl}/api/health`, { headers: { accept: 'application/json' } });
      return (await response.json()) as HealthResponse;
    } catch {
      return { status: 'degraded', neo4j: { connected: false, version: null } };
    }
  }

  schema(): Promise<SchemaResponse> {
    return this.request('/api/schema');
  }

  search(q: string, limit = 10, signal?: AbortSignal): Promise<{ results: SearchResult[] }> {
    return this.request(`/api/search${query({ q, limit })}`, { signal });
  }

  node(id: string): Promise<NodeResponse> {
    return this.request(`/api/nodes/${encodeURIComponent(id)}`);
  }

  neighbors(id: string, options: { limit?: number; skip?: number; types?: string[] } = {}): Promise<NeighborsResponse> {
    const types = options.types?.length ? options.types.join(',') : undefined;
    return this.request(
      `/api/nodes/${encodeURIComponent(id)}/neighbors${query({ limit: options.limit, skip: options.skip, types })}`,
    );
  }

  claims(filter: ClaimsFilter): Promise<ClaimsResponse> {
    return this.request(`/api/claims${claimsQuery(filter)}`);
  }

  /** The same claims as CSV, one row per claim and source (the citations). */
  async claimsCsv(filter: ClaimsFilter): Promise<string> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}/api/claims${claimsQuery(filter, 'csv')}`);
    } catch {
      throw new ApiError('NETWORK', 'The explorer server cannot be reached; is it still running?', 0);
    }
    if (response.ok) return response.text();
    const body = (await response.json().catch(() => undefined)) as { error?: { code: string; message: string } };
    throw new ApiError(
      body?.error?.code ?? 'INTERNAL',
      body?.error?.message ?? `The server answered ${response.status}.`,
      response.status,
    );
  }

  claim(id: string): Promise<{ claim: Claim }> {
    return this.request(`/api/claims/${encodeURIComponent(id)}`);
  }

  /** The articles among the ids and those reporting the claims among them (for the sources of a view). */
  sources(ids: string[]): Promise<{ sources: ArticleSource[]; total: number }> {
    return this.request('/api/embed/sources', { method: 'POST', body: JSON.stringify({ ids }) });
  }

  savedQueries(): Promise<{ queries: SavedQuerySummary[] }> {
    return this.request('/api/queries');
  }

  runSavedQuery(id: string, params: Record<string, unknown> = {}): Promise<CypherResult> {
    return this.request(`/api/queries/${encodeURIComponent(id)}/run`, {
      method: 'POST',
      body: JSON.stringify({ params }),
    });
  }

  /** Saves a user query; `token` is needed when the server needs one (WRITE_TOKEN, or any server beyond loopback). */
  saveQuery(body: NewSavedQuery, token?: string): Promise<{ query: SavedQuerySummary }> {
    return this.request('/api/queries', { method: 'POST', body: JSON.stringify(body), headers: bearer(token) });
  }

  async deleteQuery(id: string, token?: string): Promise<void> {
    await this.request(`/api/queries/${encodeURIComponent(id)}`, { method: 'DELETE', headers: bearer(token) });
  }

  /** Proposes entities and attributed claims for an article's text; writes nothing. */
  previewArticle(body: ArticlePreviewRequest): Promise<ArticleProposal> {
    return this.request('/api/articles/preview', { method: 'POST', body: JSON.stringify(body) });
  }

  /** Saves a reviewed article (write rule as for saved queries) and loads it into the graph. */
  saveArticle(body: ArticleSaveRequest, token?: string): Promise<ArticleSaveResult> {
    return this.request('/api/articles', { method: 'POST', body: JSON.stringify(body), headers: bearer(token) });
  }

  runCypher(cypher: string, params: Record<string, unknown> = {}): Promise<CypherResult> {
    return this.request('/api/cypher', { method: 'POST', body: JSON.stringify({ query: cypher, params }) });
  }

  private async request<T>(path: string, init: RequestInit = {}): Promise<T> {
    try {
      return await this.fetchJson<T>(path, init);
    } catch (error) {
      if (error instanceof ApiError) for (const observer of this.observers) observer(error);
      throw error;
    }
  }

  private async fetchJson<T>(path: string, init: RequestInit): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        ...init,
        headers: { 'content-type': 'application/json', accept: 'application/json', ...init.headers },
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError('NETWORK', 'The explorer server cannot be reached; is it still running?', 0);
    }
    if (response.status === 204) return undefined as T;
    const body = (await response.json().catch(() => undefined)) as
      (T & { error?: { code: string; message: string } }) | undefined;
    if (!response.ok || body === undefined) {
      throw new ApiError(
        body?.error?.code ?? (response.status === 404 ? 'NOT_FOUND' : 'INTERNAL'),
        body?.error?.message ?? `The server answered ${response.status} without details.`,
        response.status,
      );
    }
    return body;
  }
}

function query(values: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values))
    if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

function claimsQuery(filter: ClaimsFilter, format?: 'csv'): string {
  const { contested, ...rest } = filter;
  return query({ ...rest, contested: contested ? 'true' : undefined, format });
}

function bearer(token: string | undefined): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}
