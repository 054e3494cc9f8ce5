// Talks to the explorer's HTTP API; every failure becomes an ApiError carrying the contract's code and message.
import type { GraphPayload } from '../../../server/src/graph/graph-payload.schema';
import type { CypherResult } from '../../../server/src/cypher/cypher-result.schema';

export type { GraphPayload, CypherResult };

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export class ApiClient {
  constructor(private readonly baseUrl = '') {}

  runSavedQuery(id: string, params: Record<string, unknown> = {}): Promise<CypherResult> {
    return this.request<CypherResult>(`/api/queries/${encodeURIComponent(id)}/run`, {
      method: 'POST',
      body: JSON.stringify({ params }),
    });
  }

  private async request<T>(path: string, init: RequestInit = {}): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        ...init,
        headers: { 'content-type': 'application/json', accept: 'application/json', ...init.headers },
      });
    } catch {
      throw new ApiError('NETWORK', 'The explorer server cannot be reached; is it still running?', 0);
    }
    const body = (await response.json().catch(() => undefined)) as
      (T & { error?: { code: string; message: string } }) | undefined;
    if (!response.ok || body === undefined) {
      throw new ApiError(
        body?.error?.code ?? 'INTERNAL',
        body?.error?.message ?? `The server answered ${response.status} without details.`,
        response.status,
      );
    }
    return body;
  }
}
