// An article's proposal against the graph: the pipeline (pure), then links to the existing claims of the same kinds
// about the same subjects, read for this proposal alone. The API, the CLI and the quality bench all propose here.
import type { Driver } from 'neo4j-driver';
import type { QueryTarget } from '../db/query-target';
import type { Proposal } from './articles.schema';
import { readRelatedCandidates } from './articles.repository';
import type { Gazetteer } from './pipeline/gazetteer';
import { proposeArticle, type ProposalInput } from './pipeline/propose-article';
import { relatedClaimsWanted, withRelatedClaims } from './pipeline/related-claims';

export interface ProposeFromGraphOptions {
  driver: Driver;
  target: QueryTarget;
  gazetteer: Gazetteer;
  /** The number the new article file would get ("005"). */
  articleNumber: string;
  /** Claims reported only by this article are not linked to (the quality bench re-reads seed articles). */
  excludeArticle?: string | null;
}

export async function proposeFromGraph(input: ProposalInput, options: ProposeFromGraphOptions): Promise<Proposal> {
  const { driver, target, gazetteer, articleNumber, excludeArticle } = options;
  const proposal = proposeArticle(input, { gazetteer, articleNumber });
  const wanted = relatedClaimsWanted(proposal.claims);
  const existing = await readRelatedCandidates(driver, target, { ...wanted, excludeArticle });
  const names = (id: string) => gazetteer.entry(id)?.name ?? id;
  return { ...proposal, claims: withRelatedClaims(proposal.claims, existing, names) };
}
