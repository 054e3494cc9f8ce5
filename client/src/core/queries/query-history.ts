// The editor's history of Cypher queries run, newest first, kept in the browser's local storage; and the token
// some servers ask for before saving queries, kept for the session.
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

const TOKEN_KEY = 'kg-explorer.saved-queries-token';

/** The token for saving queries, kept for this browser session only. */
export function readSaveToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

export function writeSaveToken(token: string): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Session storage may be disabled; the token is then asked for each time.
  }
}
