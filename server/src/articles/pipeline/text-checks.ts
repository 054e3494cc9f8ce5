// What the pipeline refuses, with a message that says what to do: empty text, binary data, text too long for one
// review, and text that is not English (franc-min's trigram model; the NLP rules here are English-only).
import { franc } from 'franc-min';
import { BadRequestError, PayloadTooLargeError } from '../../errors/app-errors';

/** Longest article text accepted, in characters (a long feature is ~30,000). */
export const ARTICLE_MAX_CHARS = 60_000;
/** Shortest text franc judges reliably; shorter texts are not refused for their language. */
const LANGUAGE_MIN_CHARS = 120;

export function checkArticleText(text: string): void {
  if (!text.trim()) {
    throw new BadRequestError('The article text is empty: paste the article, or upload a .txt or .html file.');
  }
  if (text.length > ARTICLE_MAX_CHARS) {
    throw new PayloadTooLargeError(
      `The article text has ${text.length} characters; at most ${ARTICLE_MAX_CHARS} are reviewed at once. ` +
        'Paste the article body without comments or related stories.',
    );
  }
  const controls = [...text].filter(isControlOrUndecodable).length;
  if (text.includes('\u0000') || controls > Math.max(3, text.length / 200)) {
    throw new BadRequestError(
      'The text looks like binary data (control characters or undecodable bytes), not an article: upload the ' +
        'article as a .txt or .html file in UTF-8.',
    );
  }
  if (text.trim().length >= LANGUAGE_MIN_CHARS) {
    const language = franc(text.slice(0, 5_000), { minLength: LANGUAGE_MIN_CHARS });
    if (language !== 'eng' && language !== 'und') {
      throw new BadRequestError(
        `The text reads as language "${language}" (ISO 639-3), not English; the proposal pipeline only reads ` +
          'English articles. Paste an English version of the article.',
      );
    }
  }
}

/** NUL and other C0 control characters besides tab and line ends, and U+FFFD where bytes could not be decoded. */
function isControlOrUndecodable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code < 0x20 && char !== '\t' && char !== '\n' && char !== '\r' && char !== '\f') || code === 0xfffd;
}
