// The query whose result is in the view: a saved query with its parameters, or Cypher from the editor.
export type CurrentQuery =
  | { type: 'saved'; id: string; params: Record<string, unknown> }
  | { type: 'cypher'; query: string; params: Record<string, unknown> };

export const INITIAL_QUERY: CurrentQuery = { type: 'saved', id: 'overview', params: {} };

export function describeQuery(query: CurrentQuery): string {
  return query.type === 'saved' ? `saved query "${query.id}"` : 'Cypher query';
}
