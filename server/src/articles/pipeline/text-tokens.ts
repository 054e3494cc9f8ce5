// Word tokens with their offsets, and the normal form used to compare names: lower case, no accents, no full stops
// ("U.S." = "US"), straight apostrophes, no possessive "'s". Names in the graph and words in an article go through
// the same function, so "Ukraine’s military intelligence agency" matches "Ukraine's military intelligence agency".

export interface Token {
  text: string;
  normal: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}@][\p{L}\p{N}.'’&@_]*/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    // A sentence's full stop is not part of its last word; an abbreviation's ("U.S.", "Dec.") is kept in `text`
    // but dropped from `normal` anyway.
    if (word.endsWith('.') && !/\.\p{L}\.$/u.test(word) && !/^\p{Lu}\p{Ll}{0,3}\.$/u.test(word)) {
      word = word.replace(/\.+$/, '');
    }
    word = word.replace(/['’]+$/, '');
    const normal = normalizeWord(word);
    if (!normal) continue;
    const start = offset + (match.index ?? 0);
    tokens.push({ text: word, normal, start, end: start + word.length });
  }
  return tokens;
}

export function normalizeWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/'s$|'$/, '')
    .replace(/\./g, '');
}

/** The normal form of a whole name: its tokens' normal forms joined by single spaces. */
export function normalizeName(name: string): string {
  return tokenize(name)
    .map((token) => token.normal)
    .join(' ');
}

/** Lower-case words that carry no identity in a name ("Ministry *of* Defence", "*the* Kremlin"). */
export const NAME_STOPWORDS = new Set(['the', 'of', 'a', 'an', 'and', 'in', 'for', 'on', 'to', 'its', 'their', 'his']);
