// Spelling variants and descriptive names: a name the graph does not hold verbatim is matched to the node whose
// name or alias has the same content words, each word allowed a small spelling difference ("Zelenskiy" ~
// "Zelensky", "Defence" ~ "Defense") or a shared stem ("Ukraine" ~ "Ukrainian"). "Defence Intelligence of Ukraine"
// finds the GUR through its alias "Ukrainian Defense Ministry's Main Directorate of Intelligence".
import { distance } from 'fastest-levenshtein';
import type { Gazetteer, NameForm } from './gazetteer';
import { NAME_STOPWORDS, normalizeName } from './text-tokens';

export interface FuzzyMatch {
  form: NameForm;
  score: number;
  note: string;
}

/** Words for an armed force that news copy uses interchangeably ("North Korean soldiers" = "North Korean troops"). */
export const MILITARY_NOUNS = ['soldiers', 'troops', 'forces', 'servicemen', 'infantry', 'army', 'military'];
const MILITARY = new Set(MILITARY_NOUNS);

/** Two words are the same word spelt differently: one edit per 5 letters, or a common stem of 6 letters or more. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (MILITARY.has(a) && MILITARY.has(b)) return true;
  if (/\d/.test(a) || /\d/.test(b)) return false;
  const shorter = Math.min(a.length, b.length);
  if (shorter >= 5 && commonPrefix(a, b) >= 6) return true;
  if (a[0] !== b[0] || shorter < 4) return false;
  return distance(a, b) <= Math.floor(Math.max(a.length, b.length) / 5) + (shorter >= 7 ? 1 : 0);
}

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length += 1;
  return length;
}

/**
 * The best node for a name, when every content word of the name appears (spelt alike) in one of the node's names or
 * aliases. Ties go to the form with fewest extra words, then to the display name over an alias.
 */
export function fuzzyMatchName(name: string, gazetteer: Gazetteer, labels?: readonly string[]): FuzzyMatch | null {
  const words = normalizeName(name)
    .split(' ')
    .filter((word) => word && !NAME_STOPWORDS.has(word));
  if (words.length === 0) return null;
  let best: FuzzyMatch | null = null;
  for (const form of formsWithWordLike(words[0]!, gazetteer)) {
    if (labels && !labels.includes(form.entry.label)) continue;
    if (form.words.length === 0) continue;
    // A one-word name only matches a one-word form: "Korea" is not "North Korea".
    if (words.length === 1 && form.words.length !== 1) continue;
    const covered = words.filter((word) => form.words.some((other) => sameWord(word, other))).length;
    if (covered < words.length) continue;
    const extra = form.words.length - covered;
    const score = covered / (covered + extra) + (form.isName ? 0.01 : 0);
    if (!best || score > best.score) {
      best = {
        form,
        score,
        note: `"${name}" is a spelling or wording of "${form.written}" (${form.isName ? 'name' : 'alias'} of ${form.entry.id})`,
      };
    }
  }
  return best;
}

/**
 * The forms, in the gazetteer's order, with a word spelt like `word`: every word of a name must be in the form it
 * matches, so these are all the forms that can. Spelt alike means the same first letter (or two words for an armed
 * force), so only the form words of that letter are compared, not the hundreds of thousands of forms of a large graph.
 */
function formsWithWordLike(word: string, gazetteer: Gazetteer): NameForm[] {
  const alike = gazetteer.wordsStartingWith(word[0]!).filter((other) => sameWord(word, other));
  if (MILITARY.has(word)) alike.push(...MILITARY_NOUNS.filter((noun) => noun[0] !== word[0]));
  const indexes = new Set<number>();
  for (const other of alike) for (const index of gazetteer.formsWithWord(other)) indexes.add(index);
  return [...indexes].sort((a, b) => a - b).map((index) => gazetteer.forms[index]!);
}
