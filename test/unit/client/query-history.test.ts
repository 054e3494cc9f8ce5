// The Cypher editor's history (newest first, no repeats, at most 30, in local storage) and the save token (kept for
// the session), including browsers where storage is missing, full or holds something unexpected.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addToHistory,
  readHistory,
  readSaveToken,
  writeSaveToken,
} from '../../../client/src/core/queries/query-history';

/** Just enough of the Web Storage interface, backed by a Map; `full` makes every write fail like a full quota. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  full = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const HISTORY_KEY = 'kg-explorer.cypher-history';
let local: MemoryStorage;
let session: MemoryStorage;

beforeEach(() => {
  local = new MemoryStorage();
  session = new MemoryStorage();
  vi.stubGlobal('localStorage', local);
  vi.stubGlobal('sessionStorage', session);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the Cypher history', () => {
  it('starts empty', () => {
    expect(readHistory()).toEqual([]);
  });

  it('keeps queries newest first and survives a reload through local storage', () => {
    addToHistory('MATCH (n:Person) RETURN n');
    addToHistory('MATCH (n:Place) RETURN n');

    expect(readHistory()).toEqual(['MATCH (n:Place) RETURN n', 'MATCH (n:Person) RETURN n']);
    expect(JSON.parse(local.getItem(HISTORY_KEY) ?? 'null')).toEqual(readHistory());
  });

  it('moves a query run again to the top instead of listing it twice', () => {
    addToHistory('A');
    addToHistory('B');

    expect(addToHistory('A')).toEqual(['A', 'B']);
  });

  it('keeps the 30 most recent queries', () => {
    for (let index = 1; index <= 35; index++) addToHistory(`RETURN ${index}`);

    const history = readHistory();
    expect(history).toHaveLength(30);
    expect(history[0]).toBe('RETURN 35');
    expect(history.at(-1)).toBe('RETURN 6');
  });

  it('ignores stored text that is not JSON and entries that are not strings', () => {
    local.setItem(HISTORY_KEY, '{oops');
    expect(readHistory()).toEqual([]);

    local.setItem(HISTORY_KEY, JSON.stringify(['RETURN 1', 42, null, { q: 'x' }, 'RETURN 2']));
    expect(readHistory()).toEqual(['RETURN 1', 'RETURN 2']);

    local.setItem(HISTORY_KEY, JSON.stringify({ 0: 'RETURN 1' }));
    expect(readHistory()).toEqual([]);
  });

  it('still answers the history for this page when storage is full', () => {
    addToHistory('A');
    local.full = true;

    expect(addToHistory('B')).toEqual(['B', 'A']);
    expect(readHistory()).toEqual(['A']);
  });

  it('works without local storage at all', () => {
    vi.stubGlobal('localStorage', undefined);

    expect(readHistory()).toEqual([]);
    expect(addToHistory('RETURN 1')).toEqual(['RETURN 1']);
  });
});

describe('the save token', () => {
  it('is kept for the session and forgotten when set to blank', () => {
    expect(readSaveToken()).toBe('');

    writeSaveToken('s3cret');
    expect(readSaveToken()).toBe('s3cret');
    expect(local.items.size).toBe(0);

    writeSaveToken('');
    expect(readSaveToken()).toBe('');
    expect(session.items.size).toBe(0);
  });

  it('is asked for again when session storage is unavailable', () => {
    vi.stubGlobal('sessionStorage', undefined);

    expect(() => writeSaveToken('s3cret')).not.toThrow();
    expect(readSaveToken()).toBe('');
  });
});
