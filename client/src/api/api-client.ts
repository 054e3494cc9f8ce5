// Talks to the explorer's HTTP API. Every answer is checked against the server's own zod schema (api-contract.ts)
// before anyone reads it; every failure becomes an ApiError carrying the contract's code and message, and an
// answer of the wrong shape an ApiResponseError that names what is wrong.
import type { z } from 'zod';
import {
  claimResponseSchema,
  claimsResponseSchema,
  cypherResultSchema,
  errorBodySchema,
  healthResponseSchema,
  neighborsResponseSchema,
  nodeDetailsSchema,
  savedQueriesResponseSchema,
  savedQueryResponseSchema,
  schemaResponseSchema,
  searchResponseSchema,
  proposalSchema,
  saveResultSchema,
  type ArticlePreviewRequest,
  type ArticleProposal,
  type ArticleSaveRequest,
  type ArticleSaveResult,
  sourcesSchema,
  type ClaimResponse,
  type ClaimsFilter,
  type ClaimsResponse,
  type CypherResult,
  type HealthResponse,
  type NeighborsResponse,
  type NewSavedQuery,
  type RunQueryBody,
  type CypherRequest,
  type NodeDetails,
  type SavedQueriesResponse,
  type SavedQueryResponse,
  type SchemaResponse,
  type SearchResponse,
  type EmbedSources,
} from './api-contract';
import { ApiError, ApiResponseError } from './api-error';

export { ApiError, ApiResponseError };
export type * from './api-contract';

/** Called with every ApiError before it is thrown, so the app can react to an unavailable database anywhere. */
export type ApiErrorObserver = (error: ApiError) => void;

export interface NeighborsOptions {
  limit?: number;
  skip?: number;
  /** Relationship types to follow (all when absent). */
  types?: readonly string[];
}

export class ApiClient {
  private readonly observers = new Set<ApiErrorObserver>();

  constructor(private readonly baseUrl = '') {}

  onError(observer: ApiErrorObserver): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  /** The health answer, also on 503 (which carries the same shape); degraded when the server cannot be reached. */
  async health(): Promise<HealthResponse> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}/api/health`, { headers: { accept: 'application/json' } });
    } catch {
      return { status: 'degraded', neo4j: { connected: false, version: null } };
    }
    return this.report(() => parseAnswer('GET /api/health', healthResponseSchema, response, true));
  }

  schema(): Promise<SchemaResponse> {
    return this.request('GET', '/api/schema', schemaResponseSchema);
  }

  search(q: string, limit = 10, signal?: AbortSignal): Promise<SearchResponse> {
    return this.request('GET', `/api/search${query({ q, limit })}`, searchResponseSchema, { signal });
  }

  node(id: string): Promise<NodeDetails> {
    return this.request('GET', `/api/nodes/${encodeURIComponent(id)}`, nodeDetailsSchema);
  }

  neighbors(id: string, options: NeighborsOptions = {}): Promise<NeighborsResponse> {
    const types = options.types?.length ? options.types.join(',') : undefined;
    const search = query({ limit: options.limit, skip: options.skip, types });
    return this.request('GET', `/api/nodes/${encodeURIComponent(id)}/neighbors${search}`, neighborsResponseSchema);
  }

  claims(filter: ClaimsFilter): Promise<ClaimsResponse> {
    return this.request('GET', `/api/claims${claimsQuery(filter)}`, claimsResponseSchema);
  }

  /** The same claims as CSV, one row per claim and source (the citations). */
  claimsCsv(filter: ClaimsFilter): Promise<string> {
    return this.report(async () => {
      const response = await this.send('GET', `/api/claims${claimsQuery({ ...filter, format: 'csv' })}`, {
        headers: { accept: 'text/csv' },
      });
      if (response.ok) return response.text();
      return parseAnswer('GET /api/claims', errorBodySchema, response, false).then(() => '');
    });
  }

  claim(id: string): Promise<ClaimResponse> {
    return this.request('GET', `/api/claims/${encodeURIComponent(id)}`, claimResponseSchema);
  }

  /** The articles among the ids and those reporting the claims among them (for the sources of a view). */
  sources(ids: string[]): Promise<EmbedSources> {
    return this.request('POST', '/api/embed/sources', sourcesSchema, { body: JSON.stringify({ ids }) });
  }

  savedQueries(): Promise<SavedQueriesResponse> {
    return this.request('GET', '/api/queries', savedQueriesResponseSchema);
  }

  runSavedQuery(id: string, params: Record<string, unknown> = {}): Promise<CypherResult> {
    return this.request('POST', `/api/queries/${encodeURIComponent(id)}/run`, cypherResultSchema, {
      body: JSON.stringify({ params } satisfies RunQueryBody),
    });
  }

  /** Saves a user query; `token` is needed when the server needs one (WRITE_TOKEN, or any server beyond loopback). */
  saveQuery(body: NewSavedQuery, token?: string): Promise<SavedQueryResponse> {
    return this.request('POST', '/api/queries', savedQueryResponseSchema, {
      body: JSON.stringify(body),
      headers: bearer(token),
    });
  }

  async deleteQuery(id: string, token?: string): Promise<void> {
    await this.request('DELETE', `/api/queries/${encodeURIComponent(id)}`, null, { headers: bearer(token) });
  }

  /** Proposes entities and attributed claims for an article's text; writes nothing. */
  previewArticle(body: ArticlePreviewRequest): Promise<ArticleProposal> {
    return this.request('POST', '/api/articles/preview', proposalSchema, { body: JSON.stringify(body) });
  }

  /** Saves a reviewed article (write rule as for saved queries) and loads it into the graph. */
  saveArticle(body: ArticleSaveRequest, token?: string): Promise<ArticleSaveResult> {
    return this.request('POST', '/api/articles', saveResultSchema, {
      body: JSON.stringify(body),
      headers: bearer(token),
    });
  }

  runCypher(cypher: string, params: Record<string, unknown> = {}): Promise<CypherResult> {
    return this.request('POST', '/api/cypher', cypherResultSchema, {
      body: JSON.stringify({ query: cypher, params } satisfies CypherRequest),
    });
  }

  private request<T>(method: string, path: string, schema: z.ZodType<T>, init?: RequestInit): Promise<T>;
  private request(method: string, path: string, schema: null, init?: RequestInit): Promise<void>;
  private async request<T>(
    method: string,
    path: string,
    schema: z.ZodType<T> | null,
    init: RequestInit = {},
  ): Promise<T | void> {
    return this.report(async () => {
      const response = await this.send(method, path, init);
      const endpoint = `${method} ${path.split('?')[0]}`;
      if (schema === null) {
        if (response.ok) return;
        return parseAnswer(endpoint, errorBodySchema, response, false).then(() => undefined);
      }
      return parseAnswer(endpoint, schema, response, false);
    });
  }

  private async send(method: string, path: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(`${this.baseUrl}${path}`, {
        ...init,
        method,
        headers: { 'content-type': 'application/json', accept: 'application/json', ...init.headers },
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError('NETWORK', 'The explorer server cannot be reached; is it still running?', 0);
    }
  }

  /** Tells the observers of every ApiError on its way out. */
  private async report<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof ApiError) for (const observer of this.observers) observer(error);
      throw error;
    }
  }
}

/**
 * Reads a JSON answer: an error status becomes an ApiError with the contract's code and message; a success (or,
 * with `anyStatus`, any answer) must match the schema. Nothing of the wrong shape gets past this point.
 */
async function parseAnswer<T>(endpoint: string, schema: z.ZodType<T>, response: Response, anyStatus: boolean) {
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok && !anyStatus) {
    const error = errorBodySchema.safeParse(body);
    throw error.success
      ? new ApiError(error.data.error.code, error.data.error.message, response.status)
      : new ApiError(
          response.status === 404 ? 'NOT_FOUND' : 'INTERNAL',
          `The server answered ${response.status} without details.`,
          response.status,
        );
  }
  if (body === undefined) {
    throw new ApiError('INVALID_RESPONSE', `The server's answer to ${endpoint} is not JSON.`, response.status);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiResponseError(endpoint, parsed.error.issues, response.status);
  return parsed.data;
}

function query(values: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values))
    if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

function claimsQuery(filter: ClaimsFilter): string {
  const values = Object.entries(filter).map(([key, value]) => [key, value === undefined ? undefined : String(value)]);
  return query(Object.fromEntries(values) as Record<string, string | undefined>);
}

function bearer(token: string | undefined): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}
