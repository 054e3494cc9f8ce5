// How agreement between claims is drawn, in the explorer and in embeds alike: corroboration solid green,
// contradiction dashed red, both with an arrow from the claim that corroborates or contradicts to the other one.
export const AGREEMENT_COLORS = { CORROBORATES: '#2e9d52', CONTRADICTS: '#d9402b' } as const;

/** Relationship types drawn dashed. */
export const DASHED_RELATIONSHIPS: readonly string[] = ['CONTRADICTS'];
