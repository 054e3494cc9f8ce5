// Claims: statements attributed to someone. A unit is a sentence, or several when a quotation runs over sentence
// ends. Its speaker is the person or agency tied to a reporting verb outside the quote marks ("…," Kirby told
// reporters; the GUR wrote; according to the GUR), a word that refers back to the last speaker ("he said", "the post
// added"), or — for a quotation standing alone — the speaker of the sentence before. Embedded posts are claims of
// the account named under them.
import nlp from 'compromise';
import type { EntityProposal } from '../articles.schema';
import { statementChannel } from './channel';
import { statementDate, undated, type ClaimDate } from './claim-dates';
import { claimKind } from './claim-kind';
import { readFigure, type Figure } from './figures';
import type { Mention } from './match-entities';
import { EMBED_ATTRIBUTION, withoutLinksAndTags, type Paragraph } from './paragraphs';
import type { Quotation } from './quotations';
import { BACK_REFERENCE, REPORTING_VERB, WEAK_VERB } from './reporting-verbs';
import type { Sentence } from './sentences';

export interface DraftClaim {
  claimantKey: string | null;
  claimantName: string;
  quote: string | null;
  excerpt: string;
  span: { start: number; end: number };
  text: string;
  date: ClaimDate;
  channel: string;
  kind: ReturnType<typeof claimKind>;
  figure: Figure | null;
  aboutKeys: string[];
}

export interface ClaimInput {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotations: Quotation[];
  mentions: Mention[];
  entities: EntityProposal[];
  published: string | null;
  /** Keys of entities that are the outlet itself: never "about" a claim. */
  outletKeys: Set<string>;
}

interface Unit {
  start: number;
  end: number;
  paragraph: Paragraph;
  quotations: Quotation[];
}

interface Speaker {
  key: string | null;
  name: string;
}

const SPEAKER_LABELS = new Set(['Person', 'Agency']);
/** Largest gap between a speaker's name and its verb ("Zelensky on X, formerly Twitter, said"). */
const SUBJECT_GAP = 32;
/** A name right after a preposition is not the subject of a verb ("on X", "to Russia", "via Telegram"). */
const PREPOSITION_BEFORE =
  /\b(on|via|formerly|to|in|into|from|at|with|against|for|of|near|about|over|including)\s+(the\s+)?$/i;

export function attributeClaims(input: ClaimInput): DraftClaim[] {
  const claims: DraftClaim[] = [];
  let last: { speaker: Speaker; unit: Unit; claim: DraftClaim } | null = null;
  for (const unit of units(input)) {
    if (unit.paragraph.kind !== 'prose') continue;
    const masked = maskQuotes(input.text, unit);
    const found = findSpeaker(masked, unit, input, last?.speaker ?? null);
    const adjacent: boolean = last !== null && unit.paragraph.index - last.unit.paragraph.index <= 1;
    const speaker: Speaker | null =
      found?.speaker ?? (unit.quotations.length > 0 && adjacent && last ? last.speaker : null);
    if (!speaker) continue;
    const verb = found?.verb ?? null;
    const pieces: (Quotation | null)[] =
      unit.quotations.length > 0 ? unit.quotations : verb && !WEAK_VERB.test(verb.word) ? [null] : [];
    for (const quotation of pieces) {
      const excerpt = input.text.slice(unit.start, unit.end);
      const content = quotation ? quotation.text : excerpt;
      const stated = statementDate({ text: masked, verb, published: input.published });
      const inherited =
        !stated && last && last.speaker.key === speaker.key && adjacent
          ? { ...last.claim.date, note: sameOccasion(last.claim.date.note) }
          : null;
      const claim: DraftClaim = {
        claimantKey: speaker.key,
        claimantName: speaker.name,
        quote: quotation ? quotation.text.replace(/[,;:]$/, '') : null,
        excerpt,
        span: quotation ? { start: quotation.start, end: quotation.end } : { start: unit.start, end: unit.end },
        text: paraphrase(quotation, excerpt, verb),
        date: stated ?? inherited ?? undated(input.published),
        channel: statementChannel(masked, input.text),
        kind: claimKind(content),
        figure: readFigure(content) ?? (quotation ? null : null),
        aboutKeys: aboutKeys(input, unit, speaker.key),
      };
      claims.push(claim);
      last = { speaker, unit, claim };
    }
  }
  claims.push(...embeddedPostClaims(input));
  return claims.sort((a, b) => a.span.start - b.span.start);
}

function sameOccasion(note: string): string {
  return note.startsWith('Same occasion') ? note : `Same occasion as the statement before: ${note}`;
}

/** Sentences joined while a quotation that opened in one closes in a later one of the same paragraph. */
function units(input: ClaimInput): Unit[] {
  const result: Unit[] = [];
  for (const sentence of input.sentences) {
    const previous = result.at(-1);
    const openFromBefore =
      previous &&
      previous.paragraph === sentence.paragraph &&
      input.quotations.some(
        (quote) => quote.start < previous.end && quote.end > previous.end && quote.paragraph === sentence.paragraph,
      );
    if (previous && openFromBefore) previous.end = sentence.end;
    else result.push({ start: sentence.start, end: sentence.end, paragraph: sentence.paragraph, quotations: [] });
  }
  for (const unit of result) {
    unit.quotations = input.quotations.filter((quote) => quote.start >= unit.start && quote.start < unit.end);
  }
  return result;
}

/** The unit's text with everything inside quote marks blanked, keeping offsets. */
function maskQuotes(text: string, unit: Unit): string {
  let masked = text.slice(unit.start, unit.end);
  for (const quote of unit.quotations) {
    const from = quote.start - unit.start;
    const to = Math.min(quote.end, unit.end) - unit.start;
    masked = masked.slice(0, from) + ' '.repeat(Math.max(0, to - from)) + masked.slice(to);
  }
  return masked;
}

interface FoundSpeaker {
  speaker: Speaker;
  verb: { start: number; end: number; word: string };
}

function findSpeaker(masked: string, unit: Unit, input: ClaimInput, previous: Speaker | null): FoundSpeaker | null {
  const named = input.mentions.filter(
    (mention) =>
      SPEAKER_LABELS.has(mention.label) && !mention.nested && mention.start >= unit.start && mention.end <= unit.end,
  );
  const speakers = named.filter(
    (mention) => !PREPOSITION_BEFORE.test(input.text.slice(Math.max(unit.start, mention.start - 12), mention.start)),
  );
  for (const match of masked.matchAll(REPORTING_VERB)) {
    const word = match[1] ?? match[0];
    const verb = { start: match.index ?? 0, end: (match.index ?? 0) + match[0].length, word };
    const at = (offset: number) => unit.start + offset;
    const speaker = (mention: Mention): Speaker => ({ key: mention.key, name: nameOf(mention, input.entities) });
    // A name that contains the verb ("Sources told ABC News") is the speaker.
    const around = speakers.find((mention) => mention.start <= at(verb.start) && mention.end >= at(verb.end));
    if (around) return { speaker: speaker(around), verb };
    if (/^according to$/i.test(word)) {
      const after = accordingTo(named, at(verb.end), input.text);
      if (after) return { speaker: speaker(after), verb };
      continue;
    }
    const before = masked.slice(0, verb.start);
    if (BACK_REFERENCE.test(before) && previous) return { speaker: previous, verb };
    const subject = [...speakers]
      .reverse()
      .find(
        (mention) =>
          mention.end <= at(verb.start) &&
          at(verb.start) - mention.end <= SUBJECT_GAP &&
          !/[.;"“”]/.test(input.text.slice(mention.end, at(verb.start))),
      );
    if (subject) return { speaker: speaker(subject), verb };
    const inverted = speakers.find((mention) => mention.start >= at(verb.end) && mention.start - at(verb.end) <= 5);
    if (inverted && /^(said|says|wrote|added|told)$/i.test(word)) return { speaker: speaker(inverted), verb };
  }
  return null;
}

/**
 * The source after "according to": the last name of the phrase, so "a November briefing by Pentagon spokesperson
 * Maj. Gen. Pat Ryder" is Ryder's, not the Pentagon's; the phrase ends at a comma or full stop.
 */
function accordingTo(named: Mention[], from: number, text: string): Mention | undefined {
  let chosen: Mention | undefined;
  for (const mention of named.filter((item) => item.start >= from).sort((a, b) => a.start - b.start)) {
    if (mention.start - from > 60 || /[,.;:]/.test(text.slice(chosen?.end ?? from, mention.start))) break;
    chosen = mention;
  }
  return chosen;
}

function nameOf(mention: Mention, entities: EntityProposal[]): string {
  return entities.find((entity) => entity.key === mention.key)?.name ?? mention.text;
}

function aboutKeys(input: ClaimInput, unit: Unit, claimantKey: string | null): string[] {
  const keys = input.mentions
    .filter((mention) => mention.start >= unit.start && mention.end <= unit.end)
    .map((mention) => mention.key)
    .filter((key) => key !== claimantKey && !input.outletKeys.has(key));
  return [...new Set(keys)];
}

/** A first neutral wording for review: the quote as a sentence, or the reported clause without its attribution. */
function paraphrase(quotation: Quotation | null, excerpt: string, verb: { end: number; word: string } | null): string {
  const sentence = (text: string) => {
    const trimmed = text.trim().replace(/^[,:\s]+|[,;:\s]+$/g, '');
    const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
    return /[.!?]$/.test(capital) ? capital : `${capital}.`;
  };
  if (quotation) return sentence(quotation.text);
  if (verb) {
    const after = excerpt
      .slice(verb.end)
      .replace(
        /^\s*(late |early )?(on |in |this |last )?\w+day\b|^\s*(in )?(january|february|march|april|may|june|july|august|september|october|november|december)\b/i,
        '',
      )
      .replace(/^[\s,]*(that|to reporters that|reporters)\b/i, '');
    if (after.trim().split(/\s+/).length >= 5) return sentence(after);
    const before = excerpt.slice(0, Math.max(0, verb.end - verb.word.length));
    const clause = before.replace(/,[^,]*$/, '');
    if (clause.trim().split(/\s+/).length >= 5) return sentence(clause);
  }
  return sentence(excerpt);
}

/** The sentences of a post embedded in the page, claimed by the account named under it, on the date given there. */
function embeddedPostClaims(input: ClaimInput): DraftClaim[] {
  const claims: DraftClaim[] = [];
  for (const attribution of input.paragraphs.filter((paragraph) => paragraph.kind === 'embed-attribution')) {
    const parsed = EMBED_ATTRIBUTION.exec(attribution.text);
    if (!parsed) continue;
    const account = input.mentions.find(
      (mention) =>
        mention.start >= attribution.start && mention.end <= attribution.end && SPEAKER_LABELS.has(mention.label),
    );
    const speaker: Speaker = account
      ? { key: account.key, name: nameOf(account, input.entities) }
      : { key: null, name: `${parsed[1]} (${parsed[2]})` };
    const posted = statementDate({
      text: `posted ${parsed[3]}`,
      verb: { start: 0, end: 6 },
      published: input.published,
    });
    const post = input.paragraphs.filter(
      (paragraph) =>
        paragraph.kind === 'embedded-post' &&
        paragraph.index < attribution.index &&
        paragraph.index >= attribution.index - 6,
    );
    const channel = post.some((paragraph) => /pic\.twitter\.com|#\w/.test(paragraph.text)) ? 'X' : 'social media post';
    for (const paragraph of post) {
      const body = withoutLinksAndTags(paragraph.text.split(/#\w|pic\.twitter\.com/)[0] ?? '');
      const sentences = nlp(body).sentences().out('array') as string[];
      for (const raw of sentences) {
        const quote = raw.replace(/^[^\p{L}\p{N}]+/u, '').trim();
        const start = input.text.indexOf(quote, paragraph.start);
        if (!quote || start < 0 || quote.split(/\s+/).length < 4) continue;
        claims.push({
          claimantKey: speaker.key,
          claimantName: speaker.name,
          quote,
          excerpt: quote,
          span: { start, end: start + quote.length },
          text: quote,
          date: posted ? { ...posted, note: `Date under the embedded post: ${posted.note}` } : undated(input.published),
          channel,
          kind: claimKind(quote),
          figure: readFigure(quote),
          aboutKeys: input.mentions
            .filter(
              (mention) => mention.start >= start && mention.end <= start + quote.length && mention.key !== speaker.key,
            )
            .map((mention) => mention.key),
        });
      }
    }
  }
  return claims;
}
