// The view an embed page (or an HTML snapshot) shows, as the server inlines it; read once from the page.
import type { EmbedView } from '../../../server/src/embed/embed.schema';

export type { EmbedView };

export const EMBED_DATA_ID = 'kg-embed-data';

export function readEmbedView(doc: Document = document): EmbedView {
  const element = doc.getElementById(EMBED_DATA_ID);
  if (!element?.textContent) throw new Error('This page carries no graph view; open it through /embed?node=… .');
  return JSON.parse(element.textContent) as EmbedView;
}
