// Figures in a claim, as cypher/README.md bounds them: "at least 30" → min 30; "up to 12,000" → max 12,000;
// "10,000 to 12,000" → both; "around 200" and "a couple hundred" → 200; "over 20" → min 20; "several dozen" → 24–99.
// Numbers written in words ("three", "12,000") are read by compromise; vague quantities by the table below.
import nlp from 'compromise';

export interface Figure {
  countMin: number | null;
  countMax: number | null;
  countText: string;
  measure: string | null;
  /** Where the figure's words start in the text it was read from. */
  index: number;
}

/** Quantities written without a number, and the bounds the house style gives them. */
const VAGUE: [RegExp, number, number | null][] = [
  [/\bseveral dozen\b/i, 24, 99],
  [/\b(a )?couple (of )?hundred\b/i, 200, 200],
  [/\b(a )?few hundred\b/i, 200, 500],
  [/\bseveral hundred\b/i, 300, 999],
  [/\bhundreds\b/i, 200, 999],
  [/\bdozens\b/i, 24, 99],
  [/\b(a )?few dozen\b/i, 24, 60],
  [/\bthousands\b/i, 2_000, 9_999],
];

const LOWER = /\b(at least|more than|over|upwards of|no fewer than|in excess of)\s*$/i;
const UPPER = /\b(up to|as many as|at most|no more than|fewer than|less than|under|nearly|almost)\s*$/i;
const RANGE = /^\s*(to|-|–|and)\s*$/i;

interface NumberJson {
  text: string;
  number: { num: number; suffix: string };
  offset: { start: number; length: number };
}

export function readFigure(text: string): Figure | null {
  for (const [pattern, min, max] of VAGUE) {
    const match = pattern.exec(text);
    if (match) return withMeasure(text, { countMin: min, countMax: max, countText: match[0], index: match.index });
  }
  const numbers = (nlp(text).numbers().json({ offset: true }) as NumberJson[]).filter(
    (found) => Number.isInteger(found.number.num) && !isYearOrDay(text, found),
  );
  for (let index = 0; index < numbers.length; index += 1) {
    const found = numbers[index] as NumberJson;
    const start = found.offset.start;
    const end = start + found.offset.length;
    const value = found.number.num;
    const before = text.slice(Math.max(0, start - 20), start);
    const next = numbers[index + 1];
    if (next && RANGE.test(text.slice(end, next.offset.start))) {
      const countText = text.slice(start, next.offset.start + next.offset.length);
      return withMeasure(text, { countMin: value, countMax: next.number.num, countText, index: start });
    }
    const lower = LOWER.exec(before);
    const upper = UPPER.exec(before);
    const prefix = lower ?? upper;
    const countText = `${prefix ? prefix[1] + ' ' : ''}${text.slice(start, end)}`;
    const figure = lower
      ? { countMin: value, countMax: null }
      : upper
        ? { countMin: null, countMax: value }
        : { countMin: value, countMax: value };
    return withMeasure(text, { ...figure, countText, index: start });
  }
  return null;
}

function isYearOrDay(text: string, found: NumberJson): boolean {
  const value = found.number.num;
  const before = text.slice(Math.max(0, found.offset.start - 12), found.offset.start);
  const after = text.slice(found.offset.start + found.offset.length, found.offset.start + found.offset.length + 8);
  if (value >= 1900 && value <= 2100 && !/,/.test(found.text)) return true;
  if (/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$/i.test(before)) return true;
  if (/^(st|nd|rd|th)\b/.test(after) || /^-(year|day|month|week)/.test(after)) return true;
  return /^(th|st|nd|rd)?\s+(separate|brigade|regiment|battalion|division|army)\b/i.test(after);
}

/** What is counted: the casualty words near the figure, else the noun it counts. */
function withMeasure(text: string, figure: Omit<Figure, 'measure'>): Figure {
  const tail = text.slice(figure.index, figure.index + 160).toLowerCase();
  const killed = /\bkill/.test(tail);
  const wounded = /\b(wound|injur)/.test(tail);
  let measure: string | null;
  if (/%|\bper ?cent\b/.test(tail.slice(0, 20))) measure = 'percent';
  else if (killed && wounded) measure = 'killed and wounded';
  else if (/\bmissing\b/.test(tail)) measure = 'missing';
  else if (/\bcasualt/.test(tail)) measure = 'killed and wounded';
  else if (killed) measure = 'killed';
  else if (/\b(losses|lost)\b/.test(tail)) measure = 'losses';
  else if (
    /\b(troops|soldiers|servicemen|personnel|forces)\b/.test(tail) &&
    /\b(sent|deploy|dispatch|readied|arrived)/.test(text.toLowerCase())
  )
    measure = 'troops deployed';
  else {
    const noun = /^[\d,.%\s\w-]*?\b([a-z]+s)\b/.exec(tail);
    measure = noun?.[1] ?? null;
  }
  return { ...figure, measure };
}
