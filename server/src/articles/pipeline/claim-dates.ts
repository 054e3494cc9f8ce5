// When a statement was made, from the date words tied to its reporting verb ("said on Monday", "On Saturday, the GUR
// said", "told reporters Tuesday", "said in December"), parsed by chrono-node against the publication date. Weekdays
// resolve to the last such day on or before publication, as news reports use them; the note says so.
import * as chrono from 'chrono-node';

export type DatePrecision = 'day' | 'week' | 'month' | 'approximate' | 'undated';

export interface ClaimDate {
  date: string | null;
  precision: DatePrecision;
  note: string;
}

export interface DateContext {
  /** The unit's text with quotations blanked out, so dates inside quotes ("Today marks…") are not taken. */
  text: string;
  /** Where the reporting verb starts and ends in `text`, when there is one. */
  verb: { start: number; end: number } | null;
  published: string | null;
}

const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const DAY_MS = 86_400_000;
/** How far after the verb a date may start and still say when the words were said ("told reporters on Monday"). */
const AFTER_VERB = 24;

export function statementDate(context: DateContext): ClaimDate | null {
  const reference = context.published ? new Date(`${context.published}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1));
  const results = chrono.parse(context.text, { instant: reference, timezone: 0 });
  for (const result of results) {
    if (!tiedToStatement(result, context)) continue;
    const rest = context.text.slice(result.index + result.text.length);
    if (/^\s*(and|to|through|-|–|—)\s*\d/.test(rest)) continue; // "Dec. 14 and 15": when it happened, not when said
    return toClaimDate(result, context.published);
  }
  return null;
}

function tiedToStatement(result: chrono.ParsedResult, context: DateContext): boolean {
  const start = result.index;
  const end = result.index + result.text.trimEnd().length;
  const verb = context.verb;
  if (!verb) return false;
  const afterVerb = start >= verb.end && start - verb.end <= AFTER_VERB;
  const beforeVerb = end <= verb.start && verb.start - end <= 3;
  const opensSentence = start <= 3 && /^\s*(on|in|late on|early on|this|last)?\s*$/i.test(context.text.slice(0, start));
  return afterVerb || beforeVerb || opensSentence;
}

function toClaimDate(result: chrono.ParsedResult, published: string | null): ClaimDate | null {
  const words = result.text.trim().replace(/[,.]$/, '');
  const component = result.start;
  const year = component.isCertain('year');
  const day = component.isCertain('day');
  const month = component.isCertain('month');
  let date = component.date();
  if (/\bweek\b/i.test(words)) {
    if (!published) return null;
    return { date: published, precision: 'week', note: `"${words}": the week of publication (${published})` };
  }
  if (!day && !month && WEEKDAY.test(words)) {
    if (!published)
      return { date: null, precision: 'undated', note: `"${words}" cannot be resolved without a publication date` };
    if (date.getTime() > Date.parse(`${published}T23:59:59Z`)) date = new Date(date.getTime() - 7 * DAY_MS);
    const iso = date.toISOString().slice(0, 10);
    return {
      date: iso,
      precision: 'day',
      note: `"${words}" → ${weekdayName(date)} ${iso}, the last such day on or before publication (${published})`,
    };
  }
  if (!year && !published)
    return { date: null, precision: 'undated', note: `"${words}" has no year and the publication date is unknown` };
  if (!day && month) {
    const iso = `${date.toISOString().slice(0, 7)}-01`;
    return { date: iso, precision: 'month', note: `"${words}": month only, dated the 1st` };
  }
  const iso = date.toISOString().slice(0, 10);
  return {
    date: iso,
    precision: 'day',
    note: `"${words}" → ${iso}${year ? '' : ` (year from the publication date ${published})`}`,
  };
}

function weekdayName(date: Date): string {
  return date.toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
}

export function undated(published: string | null): ClaimDate {
  return published
    ? {
        date: published,
        precision: 'undated',
        note: `The article does not say when this was said; dated by publication (${published}), an upper bound`,
      }
    : {
        date: null,
        precision: 'undated',
        note: 'The article does not say when this was said, and its date is unknown',
      };
}
