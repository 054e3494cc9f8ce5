// The part of the explorer's state kept in the address, so a reload or a shared link restores the view:
// the query and its parameters, the selected node and the camera.
import { INITIAL_QUERY, type CurrentQuery } from '../queries/current-query';

export interface UrlState {
  query: CurrentQuery;
  selection: string | null;
  camera: { x: number; y: number; ratio: number } | null;
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
  return { query, selection: params.get('node') || null, camera: parseCamera(params.get('camera')) };
}

export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.query.type === 'saved') params.set('query', state.query.id);
  else params.set('cypher', state.query.query);
  if (Object.keys(state.query.params).length > 0) params.set('params', JSON.stringify(state.query.params));
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

function parseCamera(text: string | null): UrlState['camera'] {
  // A blank part is missing, not zero (which Number('') would make it).
  const parts = text?.split(',').map((part) => (part.trim() === '' ? NaN : Number(part)));
  if (!parts || parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [x, y, ratio] = parts as [number, number, number];
  return ratio > 0 ? { x, y, ratio } : null;
}
