// The caption rule: a node reads as its name, else its title, else its text (claims), else its id. The one place
// of the rule, for graph payloads (in TypeScript) and for queries that caption nodes themselves (as Cypher).
const CAPTION_KEYS = ['name', 'title', 'text'] as const;

export function captionOf(properties: Record<string, unknown>, id: string): string {
  for (const key of CAPTION_KEYS) {
    const value = properties[key];
    if (typeof value === 'string' && value) return value;
  }
  return id;
}

/** The same rule as a Cypher expression over a node variable: the first of the values that is set and not ''. */
export function captionCypher(variable: string): string {
  const values = [...CAPTION_KEYS, 'id'].map((key) => `${variable}.${key}`);
  return `[value IN [${values.join(', ')}] WHERE value <> ''][0]`;
}
