// The claims domain: one claim with its sources and related claims, and lists of claims filtered by subject,
// claimant, article, kind or dates (actions). The claims workbench builds its state here.
import type { ApiClient } from '../../api/api-client';
import type { ArticleSource, Claim, ClaimsFilter } from '../../api/api-contract';
import { attempt, type ActionResult } from '../action-result';

export class ClaimsDomain {
  constructor(private readonly api: ApiClient) {}

  claim(id: string): Promise<ActionResult<{ claim: Claim }>> {
    return attempt(() => this.api.claim(id));
  }

  list(filter: ClaimsFilter): Promise<ActionResult<{ claims: Claim[]; total: number }>> {
    return attempt(() => this.api.claims(filter));
  }

  /** The articles among the ids and those reporting the claims among them, and how many there are in all. */
  sources(ids: string[]): Promise<ActionResult<{ sources: ArticleSource[]; total: number }>> {
    return attempt(() => this.api.sources(ids));
  }
}
