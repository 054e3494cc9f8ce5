// Sentences of each paragraph with their offsets in the article, from compromise's sentence splitter (which knows
// abbreviations such as "Maj. Gen." and "Dec.").
import nlp from 'compromise';
import type { Paragraph } from './paragraphs';

export interface Sentence {
  index: number;
  paragraph: Paragraph;
  start: number;
  end: number;
  text: string;
}

interface OffsetJson {
  text: string;
  offset: { start: number; length: number };
}

export function splitSentences(paragraphs: Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'furniture' || paragraph.kind === 'duplicate') continue;
    const parts = nlp(paragraph.text).sentences().json({ offset: true }) as OffsetJson[];
    for (const part of parts) {
      const start = paragraph.start + part.offset.start;
      const text = paragraph.text.slice(part.offset.start, part.offset.start + part.offset.length).trimEnd();
      if (!text.trim()) continue;
      sentences.push({ index: sentences.length, paragraph, start, end: start + text.length, text });
    }
  }
  return joinSplitQuotations(sentences);
}

/**
 * compromise ends a sentence at a full stop inside a quotation ("… in this category." Zelenskyy said) only when the
 * quotation itself holds several sentences; a sentence that starts with a closing quote mark belongs to the one before.
 */
function joinSplitQuotations(sentences: Sentence[]): Sentence[] {
  const joined: Sentence[] = [];
  for (const sentence of sentences) {
    const previous = joined.at(-1);
    if (previous && previous.paragraph === sentence.paragraph && /^[”"’]/.test(sentence.text)) {
      previous.end = sentence.end;
      previous.text = previous.paragraph.text.slice(
        previous.start - previous.paragraph.start,
        sentence.end - previous.paragraph.start,
      );
      continue;
    }
    joined.push({ ...sentence, index: joined.length });
  }
  return joined;
}
