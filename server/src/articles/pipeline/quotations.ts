// Quoted passages with their offsets: “curly” and "straight" double quotes, including a quotation that runs over
// several paragraphs (each new paragraph reopens the quote mark without closing the previous one, as newspapers do).
import type { Paragraph } from './paragraphs';

export interface Quotation {
  /** Offsets of the words inside the quote marks. */
  start: number;
  end: number;
  text: string;
  paragraph: Paragraph;
  /** True when this piece continues a quotation left open at the end of the previous paragraph. */
  continued: boolean;
}

const OPENERS = new Set(['“', '"']);
const CLOSERS = new Set(['”', '"']);

export function findQuotations(paragraphs: Paragraph[]): Quotation[] {
  const quotations: Quotation[] = [];
  let openAtEnd = false;
  for (const paragraph of paragraphs) {
    if (paragraph.kind !== 'prose' && paragraph.kind !== 'caption') {
      openAtEnd = false;
      continue;
    }
    const text = paragraph.text;
    const continuing = openAtEnd && OPENERS.has(text[0] ?? '');
    openAtEnd = false;
    let open: number | null = null;
    for (let position = 0; position < text.length; position += 1) {
      const char = text[position] ?? '';
      if (open === null && OPENERS.has(char) && (char !== '"' || opensHere(text, position))) {
        open = position + 1;
      } else if (open !== null && CLOSERS.has(char)) {
        push(quotations, paragraph, open, position, continuing && quotations.length > 0 && open === 1);
        open = null;
      }
    }
    if (open !== null) {
      push(quotations, paragraph, open, text.length, continuing && open === 1);
      openAtEnd = true;
    }
  }
  return quotations;
}

/** A straight quote mark opens a quotation at the start of a line or after a space or an opening bracket. */
function opensHere(text: string, position: number): boolean {
  return position === 0 || /[\s([—–-]/.test(text[position - 1] ?? '');
}

function push(list: Quotation[], paragraph: Paragraph, from: number, to: number, continued: boolean): void {
  const raw = paragraph.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const inner = raw.trim();
  if (!inner) return;
  const start = paragraph.start + from + lead;
  list.push({ start, end: start + inner.length, text: inner, paragraph, continued });
}
