// Who said what: claims filtered by subject, claimant, article, dates and kind, checked against the Claim shape.
import type { Driver } from 'neo4j-driver';
import { NotFoundError } from '../errors/app-errors';
import type { GraphVocabulary } from '../graph/graph-vocabulary';
import { readClaim, readClaims } from './claims.repository';
import { claimSchema, type Claim, type ClaimsQuery } from './claims.schema';

export class ClaimsService {
  constructor(
    private readonly driver: Driver,
    private readonly vocabulary: GraphVocabulary,
    private readonly database?: string,
  ) {}

  async list(query: ClaimsQuery): Promise<Claim[]> {
    const labels = query.about || query.by ? await this.vocabulary.labels() : [];
    return (await readClaims(this.driver, query, labels, this.database)).map(toClaim);
  }

  async get(id: string): Promise<Claim> {
    const found = await readClaim(this.driver, id, this.database);
    if (!found) throw new NotFoundError(`No claim with id "${id}"; GET /api/claims lists them.`);
    return toClaim(found);
  }
}

/** Validates the shape and orders the lists, so the same graph always gives the same answer. */
function toClaim(raw: unknown): Claim {
  const claim = claimSchema.parse(raw);
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  claim.claimants.sort(byId);
  claim.about.sort(byId);
  claim.corroborates.sort(byId);
  claim.contradicts.sort(byId);
  claim.sources.sort(
    (a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.articleId.localeCompare(b.articleId),
  );
  return claim;
}
