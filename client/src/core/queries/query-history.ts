// The editor's history of Cypher queries run, newest first, kept in the browser's local storage.
const KEY = 'kg-explorer.cypher-history';
const LIMIT = 30;

export function readHistory(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

export function addToHistory(query: string): string[] {
  const history = [query, ...readHistory().filter((item) => item !== query)].slice(0, LIMIT);
  try {
    localStorage.setItem(KEY, JSON.stringify(history));
  } catch {
    // Storage may be full or disabled; the history then lasts for this page only.
  }
  return history;
}
