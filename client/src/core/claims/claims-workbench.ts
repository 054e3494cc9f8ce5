// The Claims workbench's actions: filter, sort, page and export the claims the server computes (provenance included).
// Each returns { ok: true, … } or { ok: false, error } and never throws; only the latest request may change the list.
import { ApiError, type ApiClient, type ClaimsFilter } from '../../api/api-client';
import { atom } from '../state/atom';
import {
  INITIAL_CLAIMS_VIEW,
  shownPage,
  type ActionResult,
  type ClaimsFilters,
  type ClaimsList,
  type ClaimsPage,
  type ClaimsSort,
  type ClaimsView,
} from './claims-state';

export class ClaimsWorkbench {
  readonly view = atom<ClaimsView>(INITIAL_CLAIMS_VIEW);
  readonly list = atom<ClaimsList>({ type: 'idle' });
  private latest = 0;

  constructor(private readonly api: ApiClient) {}

  /** Loads the page the view asks for; a slower, older answer is dropped. */
  async load(): Promise<ActionResult<{ page: ClaimsPage }>> {
    const view = this.view.get();
    const problem = checkFilters(view.filters);
    const shown = shownPage(this.list.get());
    if (problem) {
      this.list.set({ type: 'failed', view, error: problem, shown });
      return { ok: false, error: problem };
    }
    const request = ++this.latest;
    this.list.set({ type: 'loading', view, shown });
    try {
      const answer = await this.api.claims(toRequest(view));
      const page = { view, claims: answer.claims, total: answer.total };
      if (request === this.latest) this.list.set({ type: 'ready', page });
      return { ok: true, page };
    } catch (caught) {
      const error = caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught), 0);
      if (request === this.latest) this.list.set({ type: 'failed', view, error, shown });
      return { ok: false, error };
    }
  }

  /** Changes some filters and goes back to the first page. */
  filter(patch: Partial<ClaimsFilters>): Promise<ActionResult<{ page: ClaimsPage }>> {
    this.view.set((view) => ({ ...view, filters: { ...view.filters, ...patch }, skip: 0 }));
    return this.load();
  }

  /**
   * Takes the explorer's date range (the filters domain's). Before the tab's first load it only notes the range, so
   * the first page asks for it; afterwards it reloads the first page.
   */
  async followDates(from: string | null, to: string | null): Promise<ActionResult<{ page: ClaimsPage }> | null> {
    const filters = this.view.get().filters;
    if (filters.from === (from ?? '') && filters.to === (to ?? '')) return null;
    this.view.set((view) => ({ ...view, filters: { ...view.filters, from: from ?? '', to: to ?? '' }, skip: 0 }));
    return this.list.get().type === 'idle' ? null : this.load();
  }

  /** Sorts by a column; the same column again reverses the order. */
  sortBy(sort: ClaimsSort): Promise<ActionResult<{ page: ClaimsPage }>> {
    this.view.set((view) => ({
      ...view,
      sort,
      order: view.sort === sort && view.order === 'asc' ? 'desc' : 'asc',
      skip: 0,
    }));
    return this.load();
  }

  /** The next or previous page; nothing happens beyond either end. */
  async turnPage(direction: 1 | -1): Promise<ActionResult<{ page: ClaimsPage }> | null> {
    const page = shownPage(this.list.get());
    const view = this.view.get();
    const skip = view.skip + direction * view.limit;
    if (skip < 0 || (page && skip >= page.total)) return null;
    this.view.set({ ...view, skip });
    return this.load();
  }

  /** What is shown, as CSV with one row per claim and source: the filters, order and page of the table. */
  async exportCsv(): Promise<ActionResult<{ csv: string; fileName: string }>> {
    const view = this.view.get();
    try {
      const csv = await this.api.claimsCsv(toRequest(view));
      return { ok: true, csv, fileName: `claims-${view.skip + 1}-${view.skip + view.limit}.csv` };
    } catch (caught) {
      return { ok: false, error: caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught), 0) };
    }
  }
}

export function toRequest(view: ClaimsView): ClaimsFilter {
  const { filters } = view;
  return {
    by: filters.by?.id,
    about: filters.about?.id,
    kind: filters.kind.trim() || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    q: filters.text.trim() || undefined,
    contested: filters.contested ? 'true' : undefined,
    sort: view.sort,
    order: view.order,
    skip: view.skip,
    limit: view.limit,
  };
}

/** Caught before asking: a reversed range would only come back as an error. */
function checkFilters(filters: ClaimsFilters): ApiError | null {
  if (filters.from && filters.to && filters.from > filters.to) {
    return new ApiError(
      'BAD_REQUEST',
      `"From" (${filters.from}) is after "to" (${filters.to}): swap the two dates.`,
      400,
    );
  }
  return null;
}
