// Shows the explorer's latest notice (what an action did, or why it failed) over the graph for a few seconds.
import type { Explorer } from '../core/explorer/explorer';

export function mountNotice(element: HTMLElement, explorer: Explorer): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  explorer.notice.subscribe((notice) => {
    clearTimeout(timer);
    element.textContent = notice ? notice.text : '';
    element.className = `notice ${notice?.type ?? ''}`;
    element.hidden = !notice;
    if (notice) timer = setTimeout(() => explorer.notice.set(null), notice.type === 'error' ? 10_000 : 4_000);
  });
}
