// What the user has filtered out of the view: labels, relationship types, and a date range (ISO dates, inclusive).
export interface FiltersState {
  hiddenLabels: ReadonlySet<string>;
  hiddenTypes: ReadonlySet<string>;
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: FiltersState = { hiddenLabels: new Set(), hiddenTypes: new Set(), from: null, to: null };

export function toggled<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

export function isFiltering(filters: FiltersState): boolean {
  return filters.hiddenLabels.size > 0 || filters.hiddenTypes.size > 0 || filters.from !== null || filters.to !== null;
}
