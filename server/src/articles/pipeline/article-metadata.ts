// The article's title, outlet, publication date and author, each with a note on what it was inferred from: a
// headline line, a dateline ("LONDON --", "WASHINGTON (AP) —"), a byline ("Name, The Associated Press"), the outlet
// naming itself ("Sources told ABC News", "Newsweek has reached out"), dated embeds. What the analyst typed wins.
import * as chrono from 'chrono-node';
import type { ArticleProposal } from '../articles.schema';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import { slugify } from './house-ids';
import type { Paragraph } from './paragraphs';
import type { Sentence } from './sentences';
import { normalizeName } from './text-tokens';

export interface MetadataHints {
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
}

const DATELINE = /^([A-Z][A-Z.' -]{2,40}?)(?:,\s*[A-Z][\w.]+)?\s*(?:\(([A-Za-z][\w ]{0,30})\))?\s*(?:--|—|–)\s/;
const BYLINE = /^(?:By\s+)?(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){1,3}),\s+(.+)$/u;
const BY = /^By\s+(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){1,3})$/u;
/** The outlet naming itself in its own house style. */
const SELF_REFERENCE = (outlet: string) =>
  new RegExp(
    `\\b(told|to|contacted by|speaking to|according to) ${escape(outlet)}\\b|\\b${escape(outlet)} (has|had) (reached out|contacted|asked|learned|requested)`,
  );

export function inferMetadata(
  paragraphs: Paragraph[],
  sentences: Sentence[],
  gazetteer: Gazetteer,
  hints: MetadataHints,
  number: string,
): ArticleProposal {
  const outlets = gazetteer.entries.filter(
    (entry) => entry.label === 'Agency' && /^news (outlet|agency)$/.test(entry.kind ?? ''),
  );
  const dateline = findDateline(paragraphs, outlets);
  const byline = findByline(paragraphs, outlets);
  const title = inferTitle(paragraphs, sentences, hints.title);
  const outlet = inferOutlet(paragraphs, outlets, hints.outlet, dateline, byline);
  const published = inferPublished(paragraphs, hints.published);
  const slugSource = `${outlet.entry ? shortOutlet(outlet.entry) : ''} ${title.value ?? 'article'}`;
  return {
    id: `article:${number}-${slugify(slugSource, 6) || 'article'}`,
    title: { value: title.value, note: title.note },
    outlet: { value: outlet.value, note: outlet.note },
    outletId: outlet.entry?.id ?? null,
    published: { value: published.value, note: published.note },
    publishedPrecision: published.precision,
    author: byline.author
      ? { value: byline.author, note: `Byline "${byline.line}"` }
      : { value: null, note: 'No byline found' },
    dateline: dateline?.place ?? null,
    url: hints.url ?? null,
  };
}

function shortOutlet(entry: GazetteerEntry): string {
  const shortest = [entry.name, ...entry.aliases].sort((a, b) => a.length - b.length)[0] ?? entry.name;
  return shortest;
}

interface Dateline {
  place: string;
  line: string;
  outlet: GazetteerEntry | null;
}

function findDateline(paragraphs: Paragraph[], outlets: GazetteerEntry[]): Dateline | null {
  for (const paragraph of paragraphs.filter((item) => item.kind === 'prose').slice(0, 4)) {
    const match = DATELINE.exec(paragraph.text);
    if (!match?.[1]) continue;
    const place = match[1]
      .trim()
      .toLowerCase()
      .replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
    const agency = match[2] ? findOutlet(match[2], outlets) : null;
    return { place, line: match[0].replace(/\s*(--|—|–)\s*$/, '').trim(), outlet: agency };
  }
  return null;
}

interface Byline {
  author: string | null;
  line: string;
  outlet: GazetteerEntry | null;
}

function findByline(paragraphs: Paragraph[], outlets: GazetteerEntry[]): Byline {
  for (const paragraph of paragraphs) {
    if (paragraph.kind !== 'heading' && paragraph.kind !== 'prose') continue;
    if (paragraph.text.length > 80) continue;
    const by = BY.exec(paragraph.text);
    if (by?.[1]) {
      paragraph.kind = 'byline';
      return { author: by[1], line: paragraph.text, outlet: null };
    }
    const match = BYLINE.exec(paragraph.text);
    const outlet = match?.[2] ? findOutlet(match[2], outlets) : null;
    if (match?.[1] && outlet) {
      paragraph.kind = 'byline';
      return { author: match[1], line: paragraph.text, outlet };
    }
  }
  return { author: null, line: '', outlet: null };
}

function findOutlet(text: string, outlets: GazetteerEntry[]): GazetteerEntry | null {
  const normal = normalizeName(text.replace(/^the\s+/i, ''));
  return (
    outlets.find((entry) =>
      [entry.name, ...entry.aliases].some((form) => normalizeName(form.replace(/^the\s+/i, '')) === normal),
    ) ?? null
  );
}

function inferTitle(
  paragraphs: Paragraph[],
  sentences: Sentence[],
  given?: string,
): { value: string | null; note: string } {
  if (given) return { value: given, note: 'Given with the article' };
  const heading = paragraphs.find((paragraph) => paragraph.kind !== 'furniture');
  if (heading?.kind === 'heading') return { value: heading.text, note: 'The headline (first line of the text)' };
  const first = sentences.find((sentence) => sentence.paragraph.kind === 'prose');
  if (!first) return { value: null, note: 'No headline and no sentence to write one from' };
  const words = first.text.replace(/^[A-Z][A-Z .'-]+(\([^)]*\))?\s*(--|—|–)\s*/, '').split(/\s+/);
  const short = words
    .slice(0, 14)
    .join(' ')
    .replace(/[,;:.]$/, '');
  return {
    value: words.length > 14 ? `${short}…` : short,
    note: 'No headline: written from the first sentence (edit it)',
  };
}

function inferOutlet(
  paragraphs: Paragraph[],
  outlets: GazetteerEntry[],
  given: string | undefined,
  dateline: Dateline | null,
  byline: Byline,
): { value: string | null; note: string; entry: GazetteerEntry | null } {
  if (given) {
    const entry = findOutlet(given, outlets);
    return { value: entry?.name ?? given, note: 'Given with the article', entry };
  }
  if (dateline?.outlet) {
    return { value: dateline.outlet.name, note: `Dateline "${dateline.line}"`, entry: dateline.outlet };
  }
  if (byline.outlet) return { value: byline.outlet.name, note: `Byline "${byline.line}"`, entry: byline.outlet };
  const prose = paragraphs.filter((paragraph) => paragraph.kind === 'prose').map((paragraph) => paragraph.text);
  for (const entry of outlets) {
    for (const form of [entry.name, ...entry.aliases].filter((name) => name.length > 3)) {
      const line = prose.find((text) => SELF_REFERENCE(form).test(text));
      if (line) {
        const phrase = SELF_REFERENCE(form).exec(line)?.[0] ?? form;
        return { value: entry.name, note: `The outlet names itself: "${phrase}"`, entry };
      }
    }
  }
  return { value: null, note: 'No dateline, byline or self-reference names the outlet', entry: null };
}

function inferPublished(
  paragraphs: Paragraph[],
  given?: string,
): { value: string | null; note: string; precision: ArticleProposal['publishedPrecision'] } {
  if (given) return { value: given, note: 'Given with the article', precision: 'day' };
  // Full dates (with a year) in the page: the article was published on or after the latest of them.
  let latest: { iso: string; text: string } | null = null;
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'furniture') continue;
    for (const result of chrono.parse(paragraph.text, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 })) {
      if (!result.start.isCertain('year') || !result.start.isCertain('day')) continue;
      const iso = result.start.date().toISOString().slice(0, 10);
      if (!latest || iso > latest.iso) latest = { iso, text: result.text };
    }
  }
  if (latest) {
    return {
      value: latest.iso,
      note: `Latest full date in the text ("${latest.text}"): published on or after it`,
      precision: 'on-or-after',
    };
  }
  return { value: null, note: 'No date given and no full date in the text', precision: 'unknown' };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
