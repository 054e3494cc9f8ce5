// The search domain: full-text search over names, aliases and claim texts (action); an aborted search (a newer one
// replaced it) answers the error code ABORTED.
import type { ApiClient } from '../../api/api-client';
import type { SearchResult } from '../../api/api-contract';
import { ApiError } from '../../api/api-error';
import { failure, type ActionResult } from '../action-result';

export class SearchDomain {
  constructor(private readonly api: ApiClient) {}

  async search(text: string, limit: number, signal?: AbortSignal): Promise<ActionResult<{ results: SearchResult[] }>> {
    try {
      return { ok: true, results: (await this.api.search(text, limit, signal)).results };
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') {
        return { ok: false, error: new ApiError('ABORTED', 'A newer search replaced this one.', 0) };
      }
      return failure(error);
    }
  }
}
