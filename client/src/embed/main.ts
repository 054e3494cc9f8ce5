// The /embed page: reads the view the server inlined, lays it out with the explorer's layout worker and draws it;
// tells the page around the frame its height and the nodes a reader clicks (embed.js listens for both).
import { ApiClient } from '../api/api-client';
import { iterationsFor, runFa2Iterations } from '../core/layout/run-fa2-iterations';
import { byId } from '../views/dom';
import { readEmbedView } from './embed-view';
import { FRAME_MESSAGE_SOURCE, type FrameMessage } from './frame-messages';
import { mountEmbed } from './mount-embed';
import './embed.css';

const root = byId('kg-embed');
const api = new ApiClient();

/** The host's origin is unknown (any site may frame an embed) and the messages carry only public data: "*". */
function post(message: FrameMessage): void {
  if (window.parent !== window) window.parent.postMessage(message, '*');
}

declare global {
  interface Window {
    /** Read-only hook for browser tests: where a node is drawn (pixels from the graph's corner), the zoom. */
    __embed?: { viewportPosition(node: string): { x: number; y: number } | null; cameraRatio(): number };
  }
}

mountEmbed(root, readEmbedView(), {
  place: (graph) => runFa2Iterations(graph, { iterations: iterationsFor(graph.order) }),
  fetchClaim: (id) => api.claim(id).then((answer) => answer.claim),
  onSelect: (node) => post({ source: FRAME_MESSAGE_SOURCE, type: 'select', node }),
  onHeight: (height) => post({ source: FRAME_MESSAGE_SOURCE, type: 'resize', height }),
})
  .then((view) => {
    window.__embed = Object.freeze({
      viewportPosition: (node: string) => view.nodeViewportPosition(node),
      cameraRatio: () => view.getCamera().ratio,
    });
  })
  .catch((error: unknown) => {
    root.dataset.state = 'error';
    root.textContent = `The graph could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
    console.error(error);
  });
