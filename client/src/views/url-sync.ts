// Keeps the address bar in step with the explorer (query and parameters, expanded nodes, filters, selection, camera)
// without adding history entries for every camera move.
import type { ExplorerCore } from '../core/explorer-core';
import { selectedNodeId } from '../core/selection/selection-state';
import { serializeUrlState, type UrlState } from '../core/url/url-state';
import type { GraphView } from '../rendering/graph-view';

export function syncUrl(core: ExplorerCore, view: GraphView): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const search = serializeUrlState(currentUrlState(core, view));
      if (search !== window.location.search)
        window.history.replaceState(null, '', `${window.location.pathname}${search}`);
    }, 250);
  };
  core.queries.current.subscribe(write);
  core.selection.state.subscribe(write);
  core.graph.expansions.subscribe(write);
  core.filters.state.subscribe(write);
  view.sigma.getCamera().on('updated', write);
  write();
}

/** The explorer's view as the address and the Share dialog describe it. */
export function currentUrlState(core: ExplorerCore, view: GraphView): UrlState {
  const { x, y, ratio } = view.getCamera();
  return {
    query: core.queries.current.get(),
    selection: selectedNodeId(core.selection.state.get()),
    camera: { x, y, ratio },
    expanded: [...core.graph.expansions.get().keys()],
    filters: core.filters.state.get(),
  };
}
