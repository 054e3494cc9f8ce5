// Events are rarely named the way the graph names them: "clashes over the weekend", "Ukraine's offensive in
// August", "North Korea had sent 10,000 troops to Russia". Around each event word of a sentence (battle, offensive,
// war, deployment, sanctions…) the words of the same clause are compared with each Event's name and aliases; an
// event is proposed when its head word and at least one more of its distinctive words are there.
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import { sameWord } from './fuzzy-name';
import type { Sentence } from './sentences';
import { NAME_STOPWORDS, tokenize, type Token } from './text-tokens';

/** Words that name the same kind of event, reduced to one head. */
const HEADS: Record<string, string> = {
  battle: 'battle',
  battles: 'battle',
  clashes: 'battle',
  clash: 'battle',
  fighting: 'battle',
  gunbattle: 'battle',
  offensive: 'offensive',
  incursion: 'offensive',
  operation: 'offensive',
  counteroffensive: 'counteroffensive',
  war: 'war',
  invasion: 'war',
  deployment: 'deployment',
  deployed: 'deployment',
  sent: 'deployment',
  dispatched: 'deployment',
  provision: 'deployment',
  sanctions: 'sanctions',
  briefing: 'briefing',
  strikes: 'strikes',
  incident: 'incident',
  fire: 'incident',
  supplies: 'supplies',
  providing: 'supplies',
  munitions: 'supplies',
};
/** A word in this many of the graph's events (the story's places and sides) tells none of them apart. */
const WEAK_IN_EVENTS = 3;
/** How many words either side of the head word belong to its clause. */
const WINDOW = 7;

export interface EventHit {
  entry: GazetteerEntry;
  start: number;
  end: number;
  note: string;
}

export function findEventPhrases(sentences: Sentence[], gazetteer: Gazetteer): EventHit[] {
  const events = gazetteer.entries
    .filter((entry) => entry.label === 'Event')
    .map((entry) => ({ entry, words: eventWords(entry) }));
  const weak = commonWords(events.map((event) => event.words));
  const hits: EventHit[] = [];
  for (const sentence of sentences) {
    const tokens = tokenize(sentence.text, sentence.start);
    for (const [index, token] of tokens.entries()) {
      const head = HEADS[token.normal];
      if (!head) continue;
      const clause = tokens.slice(Math.max(0, index - WINDOW), index + WINDOW + 1).filter((other) => other !== token);
      let best: { entry: GazetteerEntry; support: string[] } | null = null;
      for (const event of events) {
        if (!event.words.has(head)) continue;
        const support = supportingWords(clause, event.words, weak);
        if (support.length === 0) continue;
        if (!best || support.length > best.support.length) best = { entry: event.entry, support };
      }
      if (best) {
        hits.push({
          entry: best.entry,
          start: token.start,
          end: token.end,
          note: `"${token.text}" with ${best.support.map((word) => `"${word}"`).join(', ')} describes ${best.entry.id} (${best.entry.name})`,
        });
      }
    }
  }
  return hits;
}

/** Words shared by so many events that they tell none apart (in the seed graph: Kursk, North Korean, Russia…). */
function commonWords(eventWords: Set<string>[]): Set<string> {
  const counts = new Map<string, number>();
  for (const words of eventWords) for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return new Set([...counts].filter(([, count]) => count >= WEAK_IN_EVENTS).map(([word]) => word));
}

function supportingWords(clause: Token[], words: Set<string>, weak: Set<string>): string[] {
  const found = new Set<string>();
  for (const token of clause) {
    if (weak.has(token.normal) || NAME_STOPWORDS.has(token.normal) || token.normal.length < 3) continue;
    const canonical = HEADS[token.normal] ?? token.normal;
    if ([...words].some((word) => !weak.has(word) && sameWord(canonical, word))) found.add(token.text);
  }
  return [...found];
}

function eventWords(entry: GazetteerEntry): Set<string> {
  const words = new Set<string>();
  for (const form of [entry.name, ...entry.aliases]) {
    for (const token of tokenize(form.replace(/[–—]/g, ' '))) {
      if (NAME_STOPWORDS.has(token.normal)) continue;
      words.add(HEADS[token.normal] ?? token.normal);
    }
  }
  return words;
}
