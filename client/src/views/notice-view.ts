// Shows the explorer's latest notice (what an action did, or why it failed) over the graph for a few seconds.
import type { ExplorerCore } from '../core/explorer-core';

export function mountNotice(element: HTMLElement, core: ExplorerCore): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  core.notices.current.subscribe((notice) => {
    clearTimeout(timer);
    element.textContent = notice ? notice.text : '';
    element.className = `notice ${notice?.type ?? ''}`;
    element.hidden = !notice;
    if (notice) timer = setTimeout(() => core.notices.clear(), notice.type === 'error' ? 10_000 : 4_000);
  });
}
