// Who said what: claims filtered by subject, claimant, article, dates, kind and text, a page at a time, checked against
// the Claim shape; an unknown id in a filter is a 404 that says where to find ids, not an empty list.
import type { Driver } from 'neo4j-driver';
import type { QueryTarget } from '../db/query-target';
import { NotFoundError } from '../errors/app-errors';
import type { GraphVocabulary } from '../graph/graph-vocabulary';
import {
  findMissingIds,
  readClaims,
  readClaimsById,
  readInOneTransaction,
  readWith,
  type IdFilters,
  type ReadQuery,
} from './claims.repository';
import { claimSchema, type Claim, type ClaimsQuery, type ClaimsResponse } from './claims.schema';

const FILTER_NAMES: Record<keyof IdFilters, string> = {
  about: 'subject ("about")',
  by: 'claimant ("by")',
  article: 'article ("article")',
};

export class ClaimsService {
  private readonly read: ReadQuery;

  constructor(
    private readonly driver: Driver,
    private readonly vocabulary: GraphVocabulary,
    private readonly target: QueryTarget,
  ) {
    this.read = readWith(driver, target);
  }

  async list(query: ClaimsQuery): Promise<ClaimsResponse> {
    const labels = query.about || query.by ? await this.vocabulary.labels() : [];
    const page = await readInOneTransaction(this.driver, this.target, async (read) => {
      const found = await readClaims(read, query, labels);
      // Only an empty answer needs the check: a filter that matched something named a node that exists.
      if (found.total === 0 && (query.about || query.by || query.article)) await checkIdsExist(read, query, labels);
      return found;
    });
    return { claims: page.claims.map(toClaim), total: page.total, skip: query.skip, limit: query.limit };
  }

  async get(id: string): Promise<Claim> {
    const [found] = await readClaimsById(this.read, [id]);
    if (!found) throw new NotFoundError(`No claim with id "${id}"; GET /api/claims lists them.`);
    return toClaim(found);
  }
}

async function checkIdsExist(read: ReadQuery, query: ClaimsQuery, labels: readonly string[]): Promise<void> {
  const missing = await findMissingIds(read, query, labels);
  if (missing.length === 0) return;
  const named = missing.map((name) => `${FILTER_NAMES[name]} "${query[name]}"`).join(' and ');
  throw new NotFoundError(
    `No node with the ${named}: pick the entity in the explorer, or find its id with GET /api/search?q=…`,
  );
}

/** Validates the shape and orders the lists whose order the query leaves open, so answers are repeatable. */
function toClaim(raw: unknown): Claim {
  const claim = claimSchema.parse(raw);
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  claim.claimants.sort(byId);
  claim.about.sort(byId);
  for (const related of [...claim.corroborates, ...claim.contradicts]) related.claimants.sort(byId);
  return claim;
}
