// An uploaded .html page becomes plain article text: html-to-text keeps paragraphs as lines and drops scripts,
// styles, images, navigation and forms, so the rest of the pipeline sees the same kind of text as a paste.
import { convert } from 'html-to-text';

export function htmlToArticleText(html: string): string {
  return convert(html, {
    wordwrap: false,
    preserveNewlines: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'nav', format: 'skip' },
      { selector: 'header', format: 'skip' },
      { selector: 'footer', format: 'skip' },
      { selector: 'form', format: 'skip' },
      { selector: 'button', format: 'skip' },
      { selector: 'aside', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'ul', options: { itemPrefix: ' ' } },
    ],
  })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
