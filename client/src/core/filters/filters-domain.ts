// The filters domain: what is filtered out of the view (state) and the changes the panels make (actions).
import { atom } from '../state/atom';
import { NO_FILTERS, toggled, type FiltersState } from './filters-state';

export class FiltersDomain {
  readonly state = atom<FiltersState>(NO_FILTERS);

  toggleLabel(label: string): void {
    this.state.set((filters) => ({ ...filters, hiddenLabels: toggled(filters.hiddenLabels, label) }));
  }

  toggleRelationshipType(type: string): void {
    this.state.set((filters) => ({ ...filters, hiddenTypes: toggled(filters.hiddenTypes, type) }));
  }

  /** Sets one end of the date range (an ISO date, or null for open). */
  setDate(end: 'from' | 'to', date: string | null): void {
    this.state.set((filters) => ({ ...filters, [end]: date }));
  }

  /** Sets the whole date range at once (the timeline's brush, play-back): one change, one redraw. */
  setDates(from: string | null, to: string | null): void {
    const filters = this.state.get();
    if (filters.from === from && filters.to === to) return;
    this.state.set({ ...filters, from, to });
  }

  /** Puts back filters from a shared link. */
  restore(filters: FiltersState): void {
    this.state.set(filters);
  }

  clear(): void {
    this.state.set(NO_FILTERS);
  }
}
