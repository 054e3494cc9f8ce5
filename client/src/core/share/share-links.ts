// What the Share dialog offers, from the explorer's view state (the same state the address holds): the permalink,
// the /embed address, and the iframe and <kg-view> snippets. A view built from ad-hoc Cypher has a permalink but no
// embed: embeds never run raw Cypher (save the query first).
import { NO_FILTERS } from '../filters/filters-state';
import { serializeUrlState, type UrlState } from '../url/url-state';

export type EmbedTheme = 'auto' | 'light' | 'dark';

/** What an embed shows: the whole view, or the selected claim's provenance or node's neighbourhood alone. */
export type EmbedSubject = { type: 'view' } | { type: 'claim'; id: string } | { type: 'node'; id: string };

export interface EmbedChoices {
  subject: EmbedSubject;
  /** Frame width in pixels, or null for the full width of the page's column. */
  width: number | null;
  /** Height of the graph in pixels (the title and sources line add about 100). */
  height: number;
  theme: EmbedTheme;
  legend: boolean;
}

export const DEFAULT_EMBED_CHOICES: EmbedChoices = {
  subject: { type: 'view' },
  width: null,
  height: 320,
  theme: 'auto',
  legend: true,
};
/** Room for an embed's title and sources line, on top of the graph's height. */
export const EMBED_CHROME_HEIGHT = 100;

export function permalink(origin: string, state: UrlState): string {
  return `${origin}/${serializeUrlState(state)}`;
}

/** The /embed parameters of a view (in the order the server writes them), or null when it cannot be embedded. */
export function embedParams(state: UrlState, choices: EmbedChoices): [string, string][] | null {
  const params = subjectParams(state, choices.subject);
  if (!params) return null;
  if (choices.theme !== 'auto') params.push(['theme', choices.theme]);
  if (!choices.legend) params.push(['legend', '0']);
  if (choices.height !== DEFAULT_EMBED_CHOICES.height) params.push(['height', String(choices.height)]);
  return params;
}

function subjectParams(state: UrlState, subject: EmbedSubject): [string, string][] | null {
  if (subject.type !== 'view') return [[subject.type, subject.id]];
  if (state.query.type !== 'saved') return null;
  const params: [string, string][] = [['query', state.query.id]];
  if (Object.keys(state.query.params).length > 0) params.push(['params', JSON.stringify(state.query.params)]);
  if (state.expanded?.length) params.push(['expand', state.expanded.join(',')]);
  const filters = state.filters ?? NO_FILTERS;
  if (filters.hiddenLabels.size > 0) params.push(['hide', [...filters.hiddenLabels].sort().join(',')]);
  if (filters.hiddenTypes.size > 0) params.push(['hideRel', [...filters.hiddenTypes].sort().join(',')]);
  if (filters.from) params.push(['from', filters.from]);
  if (filters.to) params.push(['to', filters.to]);
  if (state.selection) params.push(['select', state.selection]);
  return params;
}

export function embedUrl(origin: string, state: UrlState, choices: EmbedChoices): string | null {
  const params = embedParams(state, choices);
  return params ? `${origin}/embed?${new URLSearchParams(params).toString()}` : null;
}

export function iframeSnippet(origin: string, state: UrlState, choices: EmbedChoices, title: string): string | null {
  const src = embedUrl(origin, state, choices);
  if (!src) return null;
  const width = choices.width === null ? '100%' : String(choices.width);
  return (
    `<iframe src="${escapeAttribute(src)}" width="${width}" height="${choices.height + EMBED_CHROME_HEIGHT}" ` +
    `style="border:0;max-width:100%" title="${escapeAttribute(title)}" loading="lazy"></iframe>`
  );
}

export function kgViewSnippet(origin: string, state: UrlState, choices: EmbedChoices): string | null {
  const params = embedParams(state, choices);
  if (!params) return null;
  const attributes = params.map(([name, value]) => ` ${name}='${value.replace(/&/g, '&amp;').replace(/'/g, '&#39;')}'`);
  const style = choices.width === null ? '' : ` style="max-width:${choices.width}px"`;
  return `<script src="${origin}/embed.js" async></script>\n<kg-view${attributes.join('')}${style}></kg-view>`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
