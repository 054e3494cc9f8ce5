// Redraws the view when its container changes size. Sigma sizes its canvases to the container on a window resize or
// a render only, so when the page's layout changes the container (the Claims table opening under the graph, a side
// panel closing) the canvases kept their old size, running under the table with the graph centred there.
//
// A resize needs sigma's full refresh (its processing pass reads the viewport: the graph's framing and the caption
// grid), which at 100k nodes is seconds of work. A ResizeObserver also reports the size a container has when it is
// first observed — the size sigma has just drawn at — so only a size unlike the last one drawn asks for a refresh:
// otherwise every view would process its whole graph a second time right after its first frame.
import type Sigma from 'sigma';

/** What the observer needs of the container (an element's border-box size, as sigma reads it). */
export type SizedElement = Pick<HTMLElement, 'offsetWidth' | 'offsetHeight'>;

export function redrawOnResize(container: SizedElement & Element, sigma: Pick<Sigma, 'scheduleRefresh'>): () => void {
  let drawn = { width: container.offsetWidth, height: container.offsetHeight };
  const observer = new ResizeObserver(() => {
    const size = { width: container.offsetWidth, height: container.offsetHeight };
    if (size.width === drawn.width && size.height === drawn.height) return;
    drawn = size;
    sigma.scheduleRefresh();
  });
  observer.observe(container);
  return () => observer.disconnect();
}
