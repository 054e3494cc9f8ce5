// Entities of the article: every name or alias of a graph node found in the text (longest first), then the names
// compromise recognises as people, places and organisations that the graph does not hold verbatim, matched by
// spelling variant or proposed as new nodes. Where one name belongs to two nodes (Ukraine the country and Ukraine
// the government), the words around it decide: an actor that says or sends is the Agency, a location the Place.
import nlp from 'compromise';
import type { EntityProposal } from '../articles.schema';
import { type EntityLabel, type Gazetteer, type NameForm } from './gazetteer';
import { fuzzyMatchName, MILITARY_NOUNS } from './fuzzy-name';
import { entityId, slugify } from './house-ids';
import { findEventPhrases } from './event-phrases';
import type { Paragraph } from './paragraphs';
import type { Sentence } from './sentences';
import { normalizeName, tokenize, type Token } from './text-tokens';

export interface Mention {
  start: number;
  end: number;
  text: string;
  /** Key of the entity proposal this mention belongs to. */
  key: string;
  label: EntityLabel;
  /** Inside a longer name, or implied by it: never a speaker on its own. */
  nested: boolean;
}

export interface EntityMatches {
  entities: EntityProposal[];
  mentions: Mention[];
}

const PLACE_CUES = new Set([
  'in',
  'near',
  'to',
  'from',
  'across',
  'around',
  'into',
  'over',
  'inside',
  'toward',
  'towards',
]);
const ACTOR_CUES =
  /^(said|says|say|told|announced|estimates?|estimated|revealed|confirmed|reported|claims?|claimed|deployed|sent|has|have|had|frames?|accused|denied|warned|labell?ed|believes?|assessed|dispatched|launched|is|are|was|were|officials?|leaders?|government|and)$/;
const ENTITY_WORD_LIMIT = 6;

export function matchEntities(
  text: string,
  paragraphs: Paragraph[],
  sentences: Sentence[],
  gazetteer: Gazetteer,
): EntityMatches {
  const builder = new EntityBuilder(text);
  const scanned = paragraphs.filter((paragraph) => paragraph.kind !== 'furniture' && paragraph.kind !== 'duplicate');
  for (const paragraph of scanned) {
    const tokens = tokenize(paragraph.text, paragraph.start);
    const taken = scanGazetteer(tokens, gazetteer, builder, text);
    for (const candidate of recognisedNames(paragraph)) {
      const overlapping = taken.filter((span) => span.start < candidate.end && candidate.start < span.end);
      // A longer name around known ones ("Defence Intelligence of Ukraine" around "Ukraine") is tried as a whole.
      const around = overlapping.every((span) => span.start >= candidate.start && span.end <= candidate.end);
      if (overlapping.length > 0 && !(around && candidate.text.split(/\s+/).length >= 3)) continue;
      const labels =
        candidate.label === null ? undefined : candidate.label === 'Agency' ? ['Agency', 'Event'] : [candidate.label];
      const fuzzy = fuzzyMatchName(candidate.text, gazetteer, labels);
      if (fuzzy && fuzzy.score >= (overlapping.length > 0 ? 0.5 : 0)) {
        builder.addMatch(fuzzy.form, candidate, 'fuzzy', fuzzy.note);
        builder.nestWithin(candidate);
      } else if (candidate.label && overlapping.length === 0) builder.addNew({ ...candidate, label: candidate.label });
      else continue;
      taken.push(candidate);
    }
  }
  for (const hit of findEventPhrases(sentences, gazetteer)) {
    const form = gazetteer.forms.find((item) => item.entry.id === hit.entry.id && item.isName);
    if (form) builder.addMatch(form, hit, 'fuzzy', hit.note, true);
  }
  return builder.result();
}

interface Span {
  start: number;
  end: number;
}

interface GazetteerHit extends Span {
  forms: NameForm[];
  before: Token | undefined;
  after: Token | undefined;
  /** Inside a longer name ("Ukrainian Defense Ministry" in "…Defense Ministry's Main Directorate of Intelligence"). */
  nested: boolean;
}

function scanGazetteer(tokens: Token[], gazetteer: Gazetteer, builder: EntityBuilder, text: string): Span[] {
  const hits = findHits(tokens, 0, tokens.length, gazetteer, false);
  for (const hit of [...hits]) {
    const first = tokens.findIndex((token) => token.start === hit.start);
    const last = tokens.findIndex((token) => token.end === hit.end);
    if (last > first) hits.push(...findHits(tokens, first, last + 1, gazetteer, true, hit.end - hit.start));
  }
  for (const hit of hits) {
    const form = chooseForm(hit, hits, text);
    builder.addMatch(form, hit, form.isName ? 'name' : 'alias', undefined, hit.nested);
    const government = hit.nested ? undefined : governmentActing(form, hit, gazetteer);
    if (government) builder.addMatch(government, hit, 'alias', governmentNote(form, government), true);
  }
  return hits.filter((hit) => !hit.nested);
}

/** Longest names first, left to right, within tokens[from, to); nested scans skip the whole span itself. */
function findHits(
  tokens: Token[],
  from: number,
  to: number,
  gazetteer: Gazetteer,
  nested: boolean,
  outer = 0,
): GazetteerHit[] {
  const hits: GazetteerHit[] = [];
  for (let index = from; index < to;) {
    let matched = 0;
    for (let length = Math.min(gazetteer.longestForm, to - index); length >= 1; length -= 1) {
      const words = tokens.slice(index, index + length);
      const first = words[0] as Token;
      const last = words.at(-1) as Token;
      if (nested && last.end - first.start === outer) continue;
      const normal = words.map((token) => token.normal).join(' ');
      const forms = gazetteer.lookup(normal).filter((form) => casesAgree(form, words));
      if (forms.length === 0) continue;
      hits.push({
        start: first.start,
        end: last.end,
        forms,
        before: tokens[index - 1],
        after: tokens[index + length],
        nested,
      });
      matched = length;
      break;
    }
    index += Math.max(matched, 1);
  }
  return hits;
}

function casesAgree(form: NameForm, words: Token[]): boolean {
  const first = words[0]?.text ?? '';
  if (form.caseSensitive) {
    return words.map((token) => token.text.replace(/\./g, '')).join(' ') === form.written.replace(/\./g, '');
  }
  if (form.capitalised) return /^[\p{Lu}\d@]/u.test(first);
  return true;
}

/**
 * Among nodes sharing a name: the actor reading ("Kyiv has", "by Kyiv") makes it an Agency, a preposition of place
 * a Place; in a list ("the UK, US, Australia, and South Korea") the unambiguous members decide.
 */
function chooseForm(hit: GazetteerHit, hits: GazetteerHit[], text: string): NameForm {
  const forms = hit.forms;
  if (forms.length === 1) return forms[0] as NameForm;
  const listLabel = listNeighbourLabel(hit, hits, text);
  const score = (form: NameForm): number => {
    let value = form.isName ? 2 : 0;
    const label = form.entry.label;
    if (label === listLabel) value += 4;
    if (label === 'Place' && hit.before && PLACE_CUES.has(hit.before.normal)) value += 3;
    if (label === 'Agency' && hit.after && ACTOR_CUES.test(hit.after.normal)) value += 3;
    if (label === 'Agency' && hit.before?.normal === 'by') value += 3;
    if (label === 'Place') value += 0.5;
    return value;
  };
  return [...forms].sort((a, b) => score(b) - score(a))[0] as NameForm;
}

/** The label of an unambiguous name listed next to this one, separated only by commas and "and". */
function listNeighbourLabel(hit: GazetteerHit, hits: GazetteerHit[], text: string): EntityLabel | null {
  const listed = hits.filter(
    (other) => other !== hit && !other.nested && other.forms.length === 1 && Math.abs(distanceBetween(hit, other)) <= 7,
  );
  for (const other of listed) {
    if (/^(,\s*|\s+and\s+|,\s*and\s+)$/.test(textBetween(text, hit, other)))
      return (other.forms[0] as NameForm).entry.label;
  }
  return null;
}

function distanceBetween(a: Span, b: Span): number {
  return a.start < b.start ? b.start - a.end : a.start - b.end;
}

function textBetween(text: string, a: Span, b: Span): string {
  return a.start < b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
}

/**
 * A country acting ("North Korea had dispatched", "Ukraine announced") is its government, as the house model has it:
 * the Agency of kind government whose name holds the country's name.
 */
function governmentActing(form: NameForm, hit: GazetteerHit, gazetteer: Gazetteer): NameForm | undefined {
  if (form.entry.label !== 'Place' || form.entry.kind !== 'country') return undefined;
  if (!hit.after || !COUNTRY_ACTS.test(hit.after.normal)) return undefined;
  const words = normalizeName(form.entry.name).split(' ');
  return gazetteer.forms.find(
    (other) =>
      other.isName &&
      other.entry.label === 'Agency' &&
      other.entry.kind === 'government' &&
      words.every((word) => other.words.includes(word)),
  );
}

function governmentNote(country: NameForm, government: NameForm): string {
  return `"${country.written}" acts here (says, sends, decides): the state, ${government.entry.id}`;
}

const COUNTRY_ACTS =
  /^(said|says|announced|has|had|have|revealed|estimates?|estimated|sent|deployed|dispatched|confirmed|claims?|claimed|accused|denied|warned|launched|decided|agreed|provided|frames?)$/;

interface Candidate extends Span {
  text: string;
  /** What compromise took it for; null for a bare run of proper nouns. */
  label: EntityLabel | null;
}

/**
 * People, places and organisations as compromise tags them (people without honorifics: "Mark Rutte", not "General
 * Mark Rutte"), then any other run of proper nouns ("Defence Intelligence of Ukraine"), which is only matched to the
 * graph, never proposed as new.
 */
function recognisedNames(paragraph: Paragraph): Candidate[] {
  const doc = nlp(paragraph.text);
  const groups: [EntityLabel | null, { json: (options: object) => unknown }][] = [
    ['Person', doc.people().not('#Honorific')],
    ['Place', doc.places()],
    ['Agency', doc.organizations()],
    [null, doc.match('#ProperNoun+ (of|for) the? #ProperNoun+')],
    [null, doc.match(`#ProperNoun+ (${MILITARY_NOUNS.join('|')})`)],
    [null, doc.match('#ProperNoun+')],
  ];
  const candidates: Candidate[] = [];
  for (const [label, view] of groups) {
    for (const found of view.json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]) {
      const whole = paragraph.text.slice(found.offset.start, found.offset.start + found.offset.length);
      // compromise may run a name across a dateline's punctuation ("KYIV (Reuters) -- Ukraine's…"): split there.
      for (const piece of whole.matchAll(/[^()[\],;:—–]+/g)) {
        for (const part of piece[0].split(/\s--\s/)) {
          const cleaned = trimName(part);
          if (!cleaned) continue;
          const start =
            paragraph.start + found.offset.start + (piece.index ?? 0) + piece[0].indexOf(part) + part.indexOf(cleaned);
          candidates.push({ start, end: start + cleaned.length, text: cleaned, label });
        }
      }
    }
  }
  return candidates.sort((a, b) => a.start - b.start || b.end - a.end);
}

function trimName(raw: string): string | null {
  const text = raw
    .replace(/^(the|a|an)\s+/i, '')
    .replace(/['’]s?$/u, '')
    .replace(/[\s,.;:!?"“”'’)(—–-]+$/u, '')
    .replace(/^[\s"“”'’(—–-]+/u, '')
    .replace(/['’]s?$/u, '');
  if (!/^[\p{Lu}\d]/u.test(text)) return null;
  const words = text.split(/\s+/);
  if (words.length > ENTITY_WORD_LIMIT) return null;
  // A lone capitalised word that is a common word at a sentence start is not a name.
  if (text.length < 3) return null;
  return text;
}

class EntityBuilder {
  constructor(private readonly text: string) {}
  private readonly byKey = new Map<string, EntityProposal>();
  readonly mentions: Mention[] = [];

  addMatch(form: NameForm, span: Span, by: 'name' | 'alias' | 'fuzzy', note?: string, nested = false): void {
    const entry = form.entry;
    const proposal = this.byKey.get(entry.id) ?? {
      key: entry.id,
      name: entry.name,
      label: entry.label,
      matchId: entry.id,
      newId: entry.id,
      match: {
        by,
        note: note ?? `"${form.written}" is the ${form.isName ? 'name' : 'alias'} of ${entry.id} in the graph`,
      },
      mentions: [],
    };
    this.byKey.set(entry.id, proposal);
    this.mention(proposal, span, nested);
  }

  addNew(candidate: Candidate & { label: EntityLabel }): void {
    const key = `new:${candidate.label}:${slugify(candidate.text)}`;
    const proposal = this.byKey.get(key) ?? {
      key,
      name: candidate.text,
      label: candidate.label,
      matchId: null,
      newId: entityId(candidate.label, candidate.text),
      match: { by: 'new' as const, note: `No node in the graph is named "${candidate.text}" or spelt like it` },
      mentions: [],
    };
    this.byKey.set(key, proposal);
    this.mention(proposal, candidate);
  }

  private mention(proposal: EntityProposal, span: Span, nested = false): void {
    const text = this.text.slice(span.start, span.end);
    this.mentions.push({ start: span.start, end: span.end, text, key: proposal.key, label: proposal.label, nested });
    proposal.mentions.push({ start: span.start, end: span.end, text });
  }

  /** Names found earlier inside this span become part of it: they stay mentioned, but are no speaker of their own. */
  nestWithin(span: Span): void {
    for (const mention of this.mentions) {
      const inside = mention.start >= span.start && mention.end <= span.end;
      if (inside && (mention.start !== span.start || mention.end !== span.end)) mention.nested = true;
    }
  }

  result(): EntityMatches {
    return { entities: [...this.byKey.values()], mentions: this.mentions.sort((a, b) => a.start - b.start) };
  }
}
