// Keeps the address bar in step with the explorer (query and parameters, expanded nodes, filters, selection, camera)
// without adding history entries for every camera move.
import type { Explorer } from '../core/explorer/explorer';
import { selectedNodeId } from '../core/selection/selection-state';
import { serializeUrlState, type UrlState } from '../core/url/url-state';
import type { GraphView } from '../rendering/graph-view';

export function syncUrl(explorer: Explorer, view: GraphView): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const search = serializeUrlState(currentUrlState(explorer, view));
      if (search !== window.location.search)
        window.history.replaceState(null, '', `${window.location.pathname}${search}`);
    }, 250);
  };
  explorer.currentQuery.subscribe(write);
  explorer.selection.subscribe(write);
  explorer.expansions.subscribe(write);
  explorer.filters.subscribe(write);
  view.sigma.getCamera().on('updated', write);
  write();
}

/** The explorer's view as the address and the Share dialog describe it. */
export function currentUrlState(explorer: Explorer, view: GraphView): UrlState {
  const { x, y, ratio } = view.getCamera();
  return {
    query: explorer.currentQuery.get(),
    selection: selectedNodeId(explorer.selection.get()),
    camera: { x, y, ratio },
    expanded: [...explorer.expansions.get().keys()],
    filters: explorer.filters.get(),
  };
}
