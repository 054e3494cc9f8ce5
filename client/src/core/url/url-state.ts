// The part of the explorer's state kept in the address, so a reload or a shared link restores the view: the query and
// its parameters, the nodes expanded after it (ids, in order), the filters (hidden labels and relationship types, the
// date range), the selected node and the camera. Compact: ids and the query, never positions (the layout is
// deterministic). The same keys describe an /embed view (see server/src/embed/embed.schema.ts).
import { NO_FILTERS, type FiltersState } from '../filters/filters-state';
import { INITIAL_QUERY, type CurrentQuery } from '../queries/current-query';

export interface UrlState {
  query: CurrentQuery;
  selection: string | null;
  camera: { x: number; y: number; ratio: number } | null;
  /** Nodes expanded after the query ran, in the order they were expanded; absent when none. */
  expanded?: string[];
  /** Absent when nothing is filtered out. */
  filters?: FiltersState;
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const queryParams = parseJsonObject(params.get('params'));
  const cypher = params.get('cypher');
  const saved = params.get('query');
  const query: CurrentQuery = cypher
    ? { type: 'cypher', query: cypher, params: queryParams }
    : saved
      ? { type: 'saved', id: saved, params: queryParams }
      : INITIAL_QUERY;
  const state: UrlState = { query, selection: params.get('node') || null, camera: parseCamera(params.get('camera')) };
  const expanded = parseList(params.get('expand'));
  if (expanded.length > 0) state.expanded = expanded;
  const filters: FiltersState = {
    hiddenLabels: new Set(parseList(params.get('hide'))),
    hiddenTypes: new Set(parseList(params.get('hideRel'))),
    from: parseDate(params.get('from')),
    to: parseDate(params.get('to')),
  };
  if (filters.hiddenLabels.size > 0 || filters.hiddenTypes.size > 0 || filters.from || filters.to) {
    state.filters = filters;
  }
  return state;
}

export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.query.type === 'saved') params.set('query', state.query.id);
  else params.set('cypher', state.query.query);
  if (Object.keys(state.query.params).length > 0) params.set('params', JSON.stringify(state.query.params));
  if (state.expanded?.length) params.set('expand', state.expanded.join(','));
  const filters = state.filters ?? NO_FILTERS;
  if (filters.hiddenLabels.size > 0) params.set('hide', [...filters.hiddenLabels].sort().join(','));
  if (filters.hiddenTypes.size > 0) params.set('hideRel', [...filters.hiddenTypes].sort().join(','));
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (state.selection) params.set('node', state.selection);
  if (state.camera) {
    const { x, y, ratio } = state.camera;
    params.set('camera', [x, y, ratio].map((n) => Number(n.toFixed(4))).join(','));
  }
  return `?${params.toString()}`;
}

function parseJsonObject(text: string | null): Record<string, unknown> {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function parseList(text: string | null): string[] {
  return [
    ...new Set(
      (text ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
}

function parseDate(text: string | null): string | null {
  return text && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
}

function parseCamera(text: string | null): UrlState['camera'] {
  // A blank part is missing, not zero (which Number('') would make it).
  const parts = text?.split(',').map((part) => (part.trim() === '' ? NaN : Number(part)));
  if (!parts || parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [x, y, ratio] = parts as [number, number, number];
  return ratio > 0 ? { x, y, ratio } : null;
}
