// Quotes a label or relationship type for Cypher text. Only names from the vocabulary allow-list reach this; the
// quoting makes even odd names (spaces, backticks) safe.

export function quoteName(name: string): string {
  return `\`${name.replaceAll('`', '``')}\``;
}
