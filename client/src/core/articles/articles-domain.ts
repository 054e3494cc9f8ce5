// The articles domain: proposing entities and claims for a pasted article (writes nothing) and saving a reviewed
// proposal, which the server writes as a Cypher script and loads into the graph (actions).
import type { ApiClient } from '../../api/api-client';
import type {
  ArticlePreviewRequest,
  ArticleProposal,
  ArticleSaveRequest,
  ArticleSaveResult,
} from '../../api/api-contract';
import { attempt, type ActionResult } from '../action-result';

export class ArticlesDomain {
  constructor(private readonly api: ApiClient) {}

  propose(request: ArticlePreviewRequest): Promise<ActionResult<{ proposal: ArticleProposal }>> {
    return attempt(async () => ({ proposal: await this.api.previewArticle(request) }));
  }

  /** `token` is needed when the server needs one for writes (WRITE_TOKEN, or any server beyond loopback). */
  save(request: ArticleSaveRequest, token?: string): Promise<ActionResult<{ saved: ArticleSaveResult }>> {
    return attempt(async () => ({ saved: await this.api.saveArticle(request, token) }));
  }
}
