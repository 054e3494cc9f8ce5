// The state of the Claims workbench: which claims are asked for (filters, order, page) and what came back. Filters
// name entities by id and keep their name for the form; the list keeps the last good page while a new one loads or
// fails, so an error never empties the table.
import type { ApiError, Claim } from '../../api/api-client';

export interface EntityChoice {
  id: string;
  name: string;
}

export interface ClaimsFilters {
  by: EntityChoice | null;
  about: EntityChoice | null;
  kind: string;
  from: string;
  to: string;
  text: string;
  contested: boolean;
}

export type ClaimsSort = 'date' | 'kind' | 'claimant' | 'sources';

export interface ClaimsView {
  filters: ClaimsFilters;
  sort: ClaimsSort;
  order: 'asc' | 'desc';
  skip: number;
  limit: number;
}

export const NO_CLAIMS_FILTERS: ClaimsFilters = {
  by: null,
  about: null,
  kind: '',
  from: '',
  to: '',
  text: '',
  contested: false,
};

export const CLAIMS_PAGE = 50;

export const INITIAL_CLAIMS_VIEW: ClaimsView = {
  filters: NO_CLAIMS_FILTERS,
  sort: 'date',
  order: 'asc',
  skip: 0,
  limit: CLAIMS_PAGE,
};

export interface ClaimsPage {
  view: ClaimsView;
  claims: Claim[];
  total: number;
}

export type ClaimsList =
  | { type: 'idle' }
  | { type: 'loading'; view: ClaimsView; shown: ClaimsPage | null }
  | { type: 'ready'; page: ClaimsPage }
  | { type: 'failed'; view: ClaimsView; error: ApiError; shown: ClaimsPage | null };

/** The page a view shows, whether it is current, loading its successor or failed to. */
export function shownPage(list: ClaimsList): ClaimsPage | null {
  if (list.type === 'ready') return list.page;
  if (list.type === 'loading' || list.type === 'failed') return list.shown;
  return null;
}

export type ActionResult<T extends object = object> = ({ ok: true } & T) | { ok: false; error: ApiError };
