// Keeps the address bar in step with the explorer (query and parameters, selection, camera) without adding
// history entries for every camera move.
import type { Explorer } from '../core/explorer/explorer';
import { selectedNodeId } from '../core/selection/selection-state';
import { serializeUrlState } from '../core/url/url-state';
import type { GraphView } from '../rendering/graph-view';

export function syncUrl(explorer: Explorer, view: GraphView): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const { x, y, ratio } = view.getCamera();
      const search = serializeUrlState({
        query: explorer.currentQuery.get(),
        selection: selectedNodeId(explorer.selection.get()),
        camera: { x, y, ratio },
      });
      if (search !== window.location.search)
        window.history.replaceState(null, '', `${window.location.pathname}${search}`);
    }, 250);
  };
  explorer.currentQuery.subscribe(write);
  explorer.selection.subscribe(write);
  view.sigma.getCamera().on('updated', write);
  write();
}
