// The renderer inside an HTML snapshot: the same embed view, drawn from the data and positions the explorer wrote
// into the file, with its styles inside this one script. No server, no network, no worker: it opens from disk.
import css from './embed.css?inline';
import { readEmbedView } from './embed-view';
import { mountEmbed } from './mount-embed';

function start(): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const root = document.getElementById('kg-embed');
  if (!root) throw new Error('The snapshot has no #kg-embed element.');
  const view = readEmbedView();
  mountEmbed(root, view, {
    place: async (graph) => {
      for (const [node, position] of Object.entries(view.positions ?? {})) {
        if (graph.hasNode(node)) graph.mergeNodeAttributes(node, position);
      }
    },
    fetchClaim: async () => null,
    onSelect: () => undefined,
    onHeight: () => undefined,
  }).catch((error: unknown) => {
    root.dataset.state = 'error';
    root.textContent = `The graph could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
