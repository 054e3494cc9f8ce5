// What the two claims charts share once Observable Plot has drawn them: each mark linking to its claim is an SVG
// link (Plot's href channel) that a person can tab to, whose name is the mark's description; activating it opens the
// claim in the explorer instead of leaving the page. Colours come from the page's theme, read when a chart is drawn.
const XLINK = 'http://www.w3.org/1999/xlink';

/** The link a mark carries: the explorer with the claim selected, so "open in a new tab" works as well. */
export function claimHref(claimId: string): string {
  return `?node=${encodeURIComponent(claimId)}`;
}

/** Names each mark's link after the mark and notes which claim it opens. */
export function labelMarkLinks(svg: Element): void {
  for (const link of svg.querySelectorAll('a')) {
    const href = link.getAttributeNS(XLINK, 'href') ?? link.getAttribute('href') ?? '';
    const claimId = new URLSearchParams(href.replace(/^\?/, '')).get('node');
    if (claimId) link.dataset.claimId = claimId;
    const labelled = link.querySelector('[aria-label]');
    const label = labelled?.getAttribute('aria-label');
    if (label) {
      link.setAttribute('aria-label', label);
      labelled?.removeAttribute('aria-label');
    }
  }
}

/** Opens a mark's claim when its link is clicked or activated with the keyboard. */
export function openMarksOnClick(element: Element, open: (claimId: string) => void): void {
  element.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<SVGAElement>('a[data-claim-id]');
    if (!link?.dataset.claimId || (event as MouseEvent).ctrlKey || (event as MouseEvent).metaKey) return;
    event.preventDefault();
    open(link.dataset.claimId);
  });
}

/** A colour of the page's theme (a CSS custom property on the root), e.g. themeColor('--accent'). */
export function themeColor(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

const DAY_MS = 86_400_000;

/** An ISO day as a Date at its UTC midnight. */
export function utcDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** The ISO day a time falls on (UTC). */
export function isoDayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A day range as Dates, widened by a day on each side so marks at the ends are not cut. */
export function paddedDays(days: readonly string[]): [Date, Date] {
  const sorted = [...days].sort();
  const first = utcDay(sorted[0] ?? '1970-01-01');
  const last = utcDay(sorted[sorted.length - 1] ?? '1970-01-01');
  return [new Date(first.getTime() - DAY_MS), new Date(last.getTime() + DAY_MS)];
}

export { DAY_MS };
