// The HTML the server fills in: the built embed page with its view inlined as JSON, the explorer's page with its
// oEmbed discovery link, and a readable error page for a frame (never a blank one).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { escapeAttribute, PROVIDER_NAME } from './embed.service';
import type { EmbedView } from './embed.schema';

export const EMBED_DATA_ID = 'kg-embed-data';

/**
 * A built HTML page of the client (index.html, embed.html), read again only when the file changes, so a rebuild
 * while the server runs never leaves pages pointing at assets that are gone. Undefined when the client is not built.
 */
export function clientPage(clientDir: string | undefined, file: string): () => string | undefined {
  let cached: { mtimeMs: number; text: string } | undefined;
  return () => {
    if (!clientDir) return undefined;
    try {
      const full = path.join(clientDir, file);
      const { mtimeMs } = statSync(full);
      if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, text: readFileSync(full, 'utf8') };
      return cached.text;
    } catch {
      return undefined;
    }
  };
}

export function oembedLink(origin: string, pageUrl: string, title: string): string {
  const link = (format: 'json' | 'xml') => {
    const href = `${origin}/api/oembed?format=${format}&url=${encodeURIComponent(pageUrl)}`;
    return (
      `<link rel="alternate" type="${format === 'json' ? 'application/json' : 'text/xml'}+oembed" ` +
      `href="${escapeAttribute(href)}" title="${escapeAttribute(title)}" />`
    );
  };
  return `${link('json')}\n${link('xml')}`;
}

export function renderEmbedPage(template: string, view: EmbedView, discovery: string): string {
  // JSON in a script element: "<" is escaped so no text in the data can close the element.
  const json = JSON.stringify(view)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  const head = `${discovery}\n<script type="application/json" id="${EMBED_DATA_ID}">${json}</script>\n`;
  return withTitle(template, `${view.title} · ${PROVIDER_NAME}`).replace('</head>', `${head}</head>`);
}

export function renderExplorerPage(template: string, discovery: string): string {
  return template.replace('</head>', `${discovery}\n</head>`);
}

/** A self-contained page (inline styles only, no script) that says what is wrong and where to go instead. */
export function renderEmbedError(status: number, message: string, explorerUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="color-scheme" content="light dark" />
<title>This graph view cannot be shown · ${PROVIDER_NAME}</title>
<style>
body { margin: 0; font: 14px/1.5 system-ui, sans-serif; display: grid; place-items: center; min-height: 100vh; }
main { max-width: 36rem; padding: 1rem 1.25rem; border: 1px solid #c9ced8; border-radius: 6px; margin: 1rem; }
h1 { font-size: 1rem; margin: 0 0 0.5rem; }
p { margin: 0.25rem 0; }
</style>
</head>
<body>
<main role="alert" data-embed-error="${status}">
<h1>This graph view cannot be shown</h1>
<p>${escapeText(message)}</p>
<p><a href="${escapeAttribute(explorerUrl)}" target="_blank" rel="noopener">Open the explorer</a></p>
</main>
</body>
</html>
`;
}

function withTitle(template: string, title: string): string {
  return template.replace(/<title>[^<]*<\/title>/, `<title>${escapeText(title)}</title>`);
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
