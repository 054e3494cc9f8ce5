// One claim as the inspector shows it: when it was said (and how sure that date is), who said it and through which
// channel, the text and figures, and its provenance: every source by publication date with its precision, the quote,
// passage and note, the outlet, and who reported it first — or an honest "cannot tell". The full view adds what it is
// about and the related claims, naming who made them and in which direction they agree or disagree.
import type { Claim, ClaimSource } from '../../api/api-contract';
import type { ExplorerCore } from '../../core/explorer-core';
import { describeDatePrecision, describePublishedPrecision, formatFigure } from '../../core/claims/claim-text';
import { h } from '../dom';
import { entityLink } from './entity-link';

export function claimCard(
  core: ExplorerCore,
  claim: Claim,
  options: { full?: boolean; showClaimants?: boolean } = {},
): HTMLElement {
  const figures = describeFigures(claim);
  const showClaimants = options.showClaimants !== false && claim.claimants.length > 0;
  const channels = [...new Set(claim.claimants.map((c) => c.channel).filter((c): c is string => Boolean(c)))];
  return h(
    'article',
    { className: 'claim-card', dataset: { claimId: claim.id } },
    h(
      'p',
      { className: 'claim-meta' },
      h('time', { dateTime: claim.date ?? '' }, claim.date ?? 'undated'),
      claim.datePrecision && claim.datePrecision !== 'day'
        ? h('span', { className: 'tag precision', title: claim.dateNote ?? '' }, shortPrecision(claim.datePrecision))
        : null,
      claim.kind ? h('span', { className: 'tag' }, claim.kind) : null,
      claim.verified === true ? h('span', { className: 'tag verified' }, 'verified') : null,
      figures ? h('span', { className: 'tag figure' }, figures) : null,
      // A person's own panel leaves out the claimant, but never the channel it was said through.
      !showClaimants && channels.length > 0
        ? h('span', { className: 'tag channel' }, `via ${channels.join(', ')}`)
        : null,
    ),
    showClaimants
      ? h(
          'p',
          { className: 'claimants' },
          ...claim.claimants.flatMap((claimant, index) => [
            index > 0 ? ', ' : '',
            entityLink(core, claimant),
            claimant.channel ? h('span', { className: 'muted' }, ` (${claimant.channel})`) : '',
          ]),
          ' said:',
        )
      : null,
    h(
      'p',
      { className: 'claim-text' },
      options.full ? (claim.text ?? claim.id) : entityLink(core, { id: claim.id, labels: ['Claim'], name: claim.text }),
    ),
    options.full && claim.dateNote
      ? h('p', { className: 'muted small' }, `Date: ${describeDatePrecision(claim.datePrecision)}. ${claim.dateNote}`)
      : null,
    options.full && claim.about.length > 0
      ? h(
          'p',
          { className: 'about' },
          'About: ',
          ...claim.about.flatMap((entity, i) => [i > 0 ? ', ' : '', entityLink(core, entity)]),
        )
      : null,
    provenance(core, claim, options.full === true),
    options.full ? relatedClaims(core, claim, 'corroborates') : null,
    options.full ? relatedClaims(core, claim, 'contradicts') : null,
  );
}

function shortPrecision(precision: string): string {
  if (precision === 'undated') return 'date assumed';
  if (precision === 'approximate') return 'approx. date';
  return `${precision} only`;
}

/** "3 sources (3 independent) · first reported by ABC News", or "cannot tell who reported it first". */
function provenance(core: ExplorerCore, claim: Claim, full: boolean): HTMLElement | null {
  if (claim.sources.length === 0) return null;
  const first = claim.firstReport;
  const summary = h(
    'p',
    { className: 'provenance', dataset: { firstReport: first ? (first.tie ? 'tie' : first.articleId) : 'none' } },
    `${claim.sourceCount} source${claim.sourceCount === 1 ? '' : 's'} (${claim.independentSourceCount} independent)`,
    first ? ' · ' : null,
    first ? firstReportText(claim) : null,
  );
  return h(
    'section',
    { className: 'claim-sources', 'aria-label': 'Sources' },
    summary,
    h(
      'ol',
      { className: 'sources', 'aria-label': 'Sources by publication date' },
      ...claim.sources.map((source) => sourceItem(core, claim, source, full)),
    ),
  );
}

function firstReportText(claim: Claim): string {
  const first = claim.firstReport;
  if (!first) return '';
  if (!first.tie) return `first reported by ${first.outlet ?? 'an unknown outlet'} (${first.published ?? 'undated'})`;
  const lowerBound = first.publishedPrecision !== 'day' || first.published === null;
  return lowerBound
    ? `cannot tell who reported it first: the earliest date (${first.published ?? 'none'}) is only a lower bound`
    : `cannot tell who reported it first: ${first.candidates.length} sources share ${first.published}`;
}

function sourceItem(core: ExplorerCore, claim: Claim, source: ClaimSource, full: boolean): HTMLElement {
  const first = claim.firstReport;
  const isFirst = first !== null && !first.tie && first.articleId === source.articleId;
  const mayBeFirst = first !== null && first.tie && first.candidates.includes(source.articleId);
  const outlet = source.outlet && source.outlet.toLowerCase() !== 'unknown' ? source.outlet : 'outlet unknown';
  const date =
    source.published === null
      ? 'undated'
      : source.publishedPrecision === 'day'
        ? source.published
        : `${describePublishedPrecision(source.publishedPrecision)} ${source.published}`;
  return h(
    'li',
    { dataset: { articleId: source.articleId } },
    h(
      'p',
      { className: 'source-ref' },
      h('strong', {}, outlet),
      h('span', { className: 'muted' }, ` · ${date} · `),
      entityLink(core, { id: source.articleId, labels: ['Article'], name: source.title }),
      isFirst ? h('span', { className: 'tag first' }, 'first report') : null,
      mayBeFirst ? h('span', { className: 'tag maybe-first' }, 'may be first') : null,
    ),
    source.quote ? h('blockquote', {}, `“${source.quote}”`) : null,
    full && source.passage && !source.quote ? h('p', { className: 'passage' }, source.passage) : null,
    full && source.passage && source.quote
      ? h('details', {}, h('summary', {}, 'Passage'), h('p', { className: 'passage' }, source.passage))
      : null,
    source.note ? h('p', { className: 'source-note' }, `Note: ${source.note}`) : null,
  );
}

/** Grouped by direction: "corroborates" (this claim supports the other) and "corroborated by". */
function relatedClaims(core: ExplorerCore, claim: Claim, kind: 'corroborates' | 'contradicts'): HTMLElement | null {
  const related = claim[kind];
  if (related.length === 0) return null;
  const titles =
    kind === 'corroborates'
      ? { out: 'This claim corroborates', in: 'Corroborated by' }
      : { out: 'This claim contradicts', in: 'Contradicted by' };
  const group = (direction: 'out' | 'in') => {
    const items = related.filter((r) => r.direction === direction);
    if (items.length === 0) return null;
    return h(
      'div',
      {},
      h('h4', {}, `${titles[direction]} (${items.length})`),
      h(
        'ul',
        {},
        ...items.map((other) =>
          h(
            'li',
            { dataset: { claimId: other.id, direction } },
            h(
              'span',
              { className: 'muted' },
              `${other.claimants.map((c) => c.name ?? c.id).join(', ') || 'unattributed'} (${other.date ?? 'undated'}): `,
            ),
            entityLink(core, { id: other.id, labels: ['Claim'], name: other.text }),
            other.note ? h('p', { className: 'muted small' }, other.note) : null,
          ),
        ),
      ),
    );
  };
  return h('section', { className: `related ${kind}` }, group('out'), group('in'));
}

/** "≥ 30 killed and wounded", "≤ 12,000 troops deployed", "24–99 killed and wounded". */
export function describeFigures(claim: Claim): string | null {
  const range = formatFigure(claim.countMin, claim.countMax);
  if (!range) return null;
  return claim.measure ? `${range} ${claim.measure}` : range;
}
