// Labels that start with `_` mark the project's own bookkeeping nodes (`:_SavedQuery` for user queries,
// `:_LoadedScript` for the loader's record), not knowledge: they are hidden from every graph view. The one place
// of the rule for the server, the loader and the client; Cypher tests the same prefix as a parameter, and the saved
// queries in cypher/queries/ spell it `label STARTS WITH '_'`.
export const HIDDEN_LABEL_PREFIX = '_';

export function isHiddenLabel(label: string): boolean {
  return label.startsWith(HIDDEN_LABEL_PREFIX);
}
