// Splits the article into lines (paragraphs) and tells prose from page furniture: share and notification widgets,
// "Skip to content", comment boxes, hashes, photo captions and their credits, embedded social-media posts, and a
// lede repeated after a photo. Offsets always point into the original text, so quotes stay exact substrings.

export type ParagraphKind =
  'prose' | 'heading' | 'byline' | 'caption' | 'embedded-post' | 'embed-attribution' | 'furniture' | 'duplicate';

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  text: string;
  kind: ParagraphKind;
}

const FURNITURE = [
  /^skip to (main )?content$/i,
  /^read (the )?(entire|full|more|whole) (article|story)$/i,
  /^(share|tweet|email|print|copy link|save)( (this|on|via) .*)?$/i,
  /^(advertisement|sponsored|related( articles| stories)?:?|most read|recommended)$/i,
  /^push icon$/i,
  /^be the first to read .*$/i,
  /^(enable|disable|allow) .*notifications.*$/i,
  /^no,? thanks$/i,
  /^\+? ?there are no comments$/i,
  /^add yours$/i,
  /^(leave a|post a|\d+) comments?$/i,
  /^(sign up|subscribe)\b.*$/i,
  /^follow (us|@\w+)\b.*$/i,
  /^\d+ (second|minute|hour|day|week)s? ago( \d+)?$/i,
  /^(copyright|©) .*$/i,
  /^[0-9a-f]{24,}$/i,
];

/** Photo and image credits: "(AP Photo/…)", "… photo via AP)", "NAME/AFP/Getty Images". */
const CAPTION = [
  /^in this (photo|image|picture|file photo)\b/i,
  /\((?:[^()]*\b(?:photo|photograph|image|pool|handout)\b[^()]*)\)\.?\s*$/i,
  /\b[A-Z][A-Z .'-]+\/(?:AFP|AP|Reuters|Getty Images|EPA|Anadolu)(?:\/[A-Za-z ]+)?\.?\s*$/,
  /\b(?:Getty Images|AP Photo|Reuters\/|Shutterstock)\b/,
];

/** The attribution line under an embedded post: "— Name (@handle) December 16, 2024". */
export const EMBED_ATTRIBUTION = /^[—–-]+\s*(.+?)\s*\((@\w{1,30})\)\s+(.+?)\s*$/u;

/** Most characters one embedded post has (the classic X/Twitter limit): bounds how far back its text reaches. */
const POST_MAX_CHARS = 280;

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    const trimmed = line.trim();
    if (trimmed) {
      const lead = line.length - line.trimStart().length;
      paragraphs.push({
        index: paragraphs.length,
        start: start + lead,
        end: start + lead + trimmed.length,
        text: trimmed,
        kind: 'prose',
      });
    }
    start = end + 1;
  }
  classify(paragraphs);
  return paragraphs;
}

function classify(paragraphs: Paragraph[]): void {
  const seen = new Set<string>();
  for (const [position, paragraph] of paragraphs.entries()) {
    const text = paragraph.text;
    if (FURNITURE.some((pattern) => pattern.test(text))) paragraph.kind = 'furniture';
    else if (EMBED_ATTRIBUTION.test(text)) {
      paragraph.kind = 'embed-attribution';
      markEmbeddedPost(paragraphs, position);
    } else if (CAPTION.some((pattern) => pattern.test(text))) {
      paragraph.kind = 'caption';
      // An image's short title line right above its caption ("A Ukrainian volunteer in Kursk").
      const above = paragraphs[position - 1];
      if (above && above.kind === 'prose' && isShortTitle(above.text)) above.kind = 'caption';
    } else if (seen.has(text)) paragraph.kind = 'duplicate';
    else if (isShortTitle(text)) paragraph.kind = 'heading';
    if (paragraph.kind === 'prose' || paragraph.kind === 'heading') seen.add(text);
  }
}

/** The lines above an embed's attribution are the post, as far back as one post can reach. */
function markEmbeddedPost(paragraphs: Paragraph[], attribution: number): void {
  let chars = 0;
  for (let position = attribution - 1; position >= 0; position -= 1) {
    const paragraph = paragraphs[position];
    if (!paragraph || (paragraph.kind !== 'prose' && paragraph.kind !== 'heading')) break;
    chars += withoutLinksAndTags(paragraph.text).length;
    if (chars > POST_MAX_CHARS) break;
    paragraph.kind = 'embedded-post';
  }
}

export function withoutLinksAndTags(text: string): string {
  return text
    .replace(/\bpic\.twitter\.com\/\w+/g, '')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/#\w+/g, '')
    .trim();
}

/** Headlines and section headings: short, no final full stop, capitalised. */
function isShortTitle(text: string): boolean {
  return text.length <= 160 && !/[.!?:"”]$/.test(text) && /^[\p{Lu}\d"“‘']/u.test(text) && text.split(' ').length >= 2;
}
