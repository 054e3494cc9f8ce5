// One claim as the inspector shows it: date, who said it (and how), the text, figures, and every source with its
// verbatim quote. The full view adds what it is about and the claims that corroborate or contradict it.
import type { Claim } from '../../api/api-types';
import type { Explorer } from '../../core/explorer/explorer';
import { h } from '../dom';
import { entityLink } from './entity-link';

export function claimCard(
  explorer: Explorer,
  claim: Claim,
  options: { full?: boolean; showClaimants?: boolean } = {},
): HTMLElement {
  const figures = describeFigures(claim);
  return h(
    'article',
    { className: 'claim-card', dataset: { claimId: claim.id } },
    h(
      'p',
      { className: 'claim-meta' },
      h('time', { dateTime: claim.date ?? '' }, claim.date ?? 'undated'),
      claim.kind ? h('span', { className: 'tag' }, claim.kind) : null,
      claim.verified === true ? h('span', { className: 'tag verified' }, 'verified') : null,
      figures ? h('span', { className: 'tag figure' }, figures) : null,
    ),
    options.showClaimants !== false && claim.claimants.length > 0
      ? h(
          'p',
          { className: 'claimants' },
          ...claim.claimants.flatMap((claimant, index) => [
            index > 0 ? ', ' : '',
            entityLink(explorer, claimant),
            claimant.channel ? h('span', { className: 'muted' }, ` (${claimant.channel})`) : '',
          ]),
          ' said:',
        )
      : null,
    h(
      'p',
      { className: 'claim-text' },
      options.full ? claim.text : entityLink(explorer, { id: claim.id, name: claim.text }),
    ),
    claim.dateNote ? h('p', { className: 'muted small' }, claim.dateNote) : null,
    options.full && claim.about.length > 0
      ? h(
          'p',
          { className: 'about' },
          'About: ',
          ...claim.about.flatMap((entity, i) => [i > 0 ? ', ' : '', entityLink(explorer, entity)]),
        )
      : null,
    sourcesList(explorer, claim),
    options.full ? relatedClaims(explorer, 'Corroborated by / corroborates', claim.corroborates, 'corroborates') : null,
    options.full ? relatedClaims(explorer, 'Contradicted by / contradicts', claim.contradicts, 'contradicts') : null,
  );
}

function sourcesList(explorer: Explorer, claim: Claim): HTMLElement | null {
  if (claim.sources.length === 0) return null;
  return h(
    'ul',
    { className: 'sources', 'aria-label': 'Sources' },
    ...claim.sources.map((source) =>
      h(
        'li',
        {},
        source.quote ? h('blockquote', {}, `“${source.quote}”`) : null,
        h(
          'p',
          { className: 'source-ref' },
          '— ',
          entityLink(explorer, { id: source.articleId, labels: ['Article'], name: source.title }),
          [source.outlet, source.published].filter(Boolean).length > 0
            ? h('span', { className: 'muted' }, ` · ${[source.outlet, source.published].filter(Boolean).join(', ')}`)
            : null,
        ),
      ),
    ),
  );
}

function relatedClaims(
  explorer: Explorer,
  title: string,
  claims: Claim['corroborates'],
  kind: 'corroborates' | 'contradicts',
): HTMLElement | null {
  if (claims.length === 0) return null;
  return h(
    'section',
    { className: `related ${kind}` },
    h('h4', {}, title),
    h(
      'ul',
      {},
      ...claims.map((related) =>
        h(
          'li',
          {},
          entityLink(explorer, { id: related.id, labels: ['Claim'], name: related.text }),
          related.note ? h('span', { className: 'muted' }, ` — ${related.note}`) : null,
        ),
      ),
    ),
  );
}

/** "up to 12,000 troops deployed", "at least 30 killed", "100–200 casualties". */
export function describeFigures(claim: Claim): string | null {
  const { countMin: min, countMax: max, measure } = claim;
  const n = (value: number) => value.toLocaleString('en');
  let range: string;
  if (min !== null && max !== null) range = min === max ? n(min) : `${n(min)}–${n(max)}`;
  else if (max !== null) range = `up to ${n(max)}`;
  else if (min !== null) range = `at least ${n(min)}`;
  else return null;
  return measure ? `${range} ${measure}` : range;
}
