// The date a node is filtered by: when a claim was made, when an article was published, when an event started.
const DATE_PROPERTY: Record<string, string> = { Claim: 'date', Article: 'published', Event: 'startDate' };

/** The node's date as YYYY-MM-DD, or null when its label has no date (such nodes are never filtered by date). */
export function nodeDate(labels: readonly string[], properties: Record<string, unknown>): string | null {
  for (const label of labels) {
    const key = DATE_PROPERTY[label];
    if (!key) continue;
    const value = properties[key];
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  }
  return null;
}
