// How far each node has been expanded: how many neighbours were asked for so far and how many there are, so the
// inspector can offer "more" (the next page, through the neighbours endpoint's `skip`).
export interface Expansion {
  shown: number;
  total: number;
}

export const EXPAND_PAGE = 25;

export function hasMore(expansion: Expansion | undefined): boolean {
  return expansion !== undefined && expansion.shown < expansion.total;
}
