// Builds the full-text (Lucene) query for a person's search text: every special character escaped, then each word
// matched exactly (best), as a prefix ("zelensk" → Zelensky) and, for longer words, fuzzily ("Zelenskyy",
// "vorobzha" → Vorozhba), so people find nodes however they spell them.

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const MAX_WORDS = 8;

export function toLuceneQuery(text: string): string | undefined {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(SPECIAL, '\\$&'))
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, MAX_WORDS);
  if (words.length === 0) return undefined;
  return words.map(wordQuery).join(' ');
}

function wordQuery(word: string): string {
  const letters = word.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  const parts = [`${word}^4`];
  if (letters >= 2) parts.push(`${word}*^2`);
  if (letters >= 4) parts.push(`${word}~${letters >= 7 ? 2 : 1}`);
  return `(${parts.join(' OR ')})`;
}
