// The small card an embed shows for a clicked node: its kind and caption, and for a claim who said it, when, and
// the sources with their quotes; for anything else a few short properties. Read-only: it links nowhere but the
// explorer.
import { formatValue, h } from '../views/dom';
import type { ClaimDetails } from './claim-details';

const SHOWN_PROPERTIES = ['title', 'kind', 'country', 'outlet', 'published', 'author', 'startDate', 'endDate', 'text'];

export function nodeCard(
  node: { label: string; caption: string; properties: Record<string, unknown> },
  claim: ClaimDetails | null,
  onClose: () => void,
): HTMLElement[] {
  const close = h(
    'button',
    { type: 'button', className: 'embed-card-close', 'aria-label': 'Close', onclick: onClose },
    '×',
  );
  const head = h('header', {}, h('span', { className: 'embed-tag' }, node.label), h('h2', {}, node.caption), close);
  if (claim) {
    const parts: (HTMLElement | null)[] = [
      head,
      h(
        'p',
        { className: 'embed-muted' },
        claim.claimants.length > 0
          ? claim.claimants.map((c) => `${c.name}${c.channel ? ` (${c.channel})` : ''}`).join(', ')
          : 'Claimant not shown',
        ' · ',
        h('time', { dateTime: claim.date ?? '' }, claim.date ?? 'undated'),
      ),
      claim.firstReport
        ? h(
            'p',
            { className: 'embed-first-report' },
            claim.firstReport.tie
              ? `First reported on ${claim.firstReport.published} by several sources at once`
              : `First reported by ${claim.firstReport.outlet ?? 'an unnamed outlet'} on ${claim.firstReport.published}`,
            claim.independentSources !== null
              ? ` · ${claim.sources.length} sources, ${claim.independentSources} independent`
              : '',
          )
        : null,
      claim.sources.length > 0
        ? h(
            'ul',
            { className: 'embed-card-sources', 'aria-label': 'Sources' },
            ...claim.sources.map((source) =>
              h(
                'li',
                {},
                h('cite', {}, [source.outlet, source.title].filter(Boolean).join(': ') || 'Untitled source'),
                source.published ? ` (${source.published.slice(0, 10)})` : '',
                source.quote ? h('blockquote', {}, source.quote) : null,
              ),
            ),
          )
        : h('p', { className: 'embed-muted' }, 'No source reports this claim.'),
      claim.related.length > 0
        ? h(
            'ul',
            { className: 'embed-card-related', 'aria-label': 'Related claims' },
            ...claim.related.map((other) =>
              h(
                'li',
                { className: other.relation.includes('contradict') ? 'contradicts' : 'corroborates' },
                h('span', { className: 'embed-tag' }, other.relation),
                ' ',
                other.text,
              ),
            ),
          )
        : null,
    ];
    return parts.filter((part): part is HTMLElement => part !== null);
  }
  const rows = SHOWN_PROPERTIES.filter((key) => node.properties[key] !== undefined && node.properties[key] !== null)
    .slice(0, 5)
    .map((key) => h('div', {}, h('dt', {}, key), h('dd', {}, formatValue(node.properties[key]))));
  return [head, rows.length > 0 ? h('dl', {}, ...rows) : null].filter((part): part is HTMLElement => part !== null);
}
