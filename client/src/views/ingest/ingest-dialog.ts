// "Add article": paste an article (or open a .txt/.html file), get the proposal, review it — the text with its entity
// and claim spans highlighted, each entity and claim accepted, edited or rejected, suggested links with their
// reasons — and save: the server writes and loads the article, which then opens in the graph.
import type { ApiError, ArticleProposal } from '../../api/api-client';
import type { ExplorerCore } from '../../core/explorer-core';
import {
  claimIsSaved,
  startReview,
  textSegments,
  toSaveRequest,
  type ArticleReview,
} from '../../core/ingest/article-review';
import { readSaveToken, writeSaveToken } from '../../core/queries/query-history';
import { h } from '../dom';
import { CLAIM_KINDS } from '../../../../server/src/claims/claim-kinds';

export function mountIngestDialog(opener: HTMLElement, dialog: HTMLDialogElement, core: ExplorerCore): void {
  const text = h('textarea', {
    id: 'ingest-text',
    rows: 10,
    placeholder: 'Paste the article here…',
    'aria-label': 'Article text',
  });
  const file = h('input', { id: 'ingest-file', type: 'file', accept: '.txt,.html,.htm,text/plain,text/html' });
  const published = h('input', { id: 'ingest-published', type: 'date', 'aria-label': 'Published' });
  const outlet = h('input', {
    id: 'ingest-outlet',
    type: 'text',
    placeholder: 'Outlet (optional)',
    'aria-label': 'Outlet',
  });
  const status = h('p', { id: 'ingest-status', role: 'status', 'aria-live': 'polite' });
  const review = h('div', { id: 'ingest-review', className: 'ingest-review', hidden: true });
  let format: 'text' | 'html' = 'text';
  let current: ArticleReview | null = null;

  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    text.value = await chosen.text();
    format = /\.html?$/i.test(chosen.name) ? 'html' : 'text';
  });
  text.addEventListener('input', () => (format = 'text'));

  const propose = h('button', { type: 'button', id: 'ingest-propose', className: 'primary' }, 'Propose');
  propose.addEventListener('click', async () => {
    status.textContent = 'Reading the article…';
    status.classList.remove('error');
    const result = await core.articles.propose({
      text: text.value,
      format,
      ...(published.value ? { published: published.value } : {}),
      ...(outlet.value.trim() ? { outlet: outlet.value.trim() } : {}),
    });
    if (!result.ok) return showError(status, result.error);
    const { proposal } = result;
    current = startReview(proposal);
    renderReview(review, current, core, status, () => dialog.close());
    review.hidden = false;
    status.textContent =
      `${proposal.entities.length} entities (${proposal.entities.filter((e) => e.matchId).length} in the graph), ` +
      `${proposal.claims.length} claims proposed. Review them, then save.`;
  });

  const close = h('button', { type: 'button', className: 'icon-button', 'aria-label': 'Close' }, '×');
  close.addEventListener('click', () => dialog.close());
  dialog.append(
    h('header', { className: 'ingest-header' }, h('h2', {}, 'Add an article'), close),
    h(
      'div',
      { className: 'ingest-input' },
      text,
      h('div', { className: 'ingest-options' }, h('label', {}, 'Published ', published), outlet, file, propose),
    ),
    status,
    review,
  );
  opener.addEventListener('click', () => dialog.showModal());
}

function renderReview(
  root: HTMLElement,
  review: ArticleReview,
  core: ExplorerCore,
  status: HTMLElement,
  close: () => void,
): void {
  const { proposal } = review;
  const textView = h('div', {
    id: 'ingest-article-text',
    className: 'ingest-article-text',
    'aria-label': 'Article text',
  });
  const refresh = () => paintText(textView, review);
  refresh();
  const field = (id: string, label: string, key: keyof ArticleReview['article'], note: string, type = 'text') => {
    const input = h('input', { id, type, value: review.article[key] });
    input.addEventListener('input', () => (review.article[key] = input.value));
    return h('label', { className: 'ingest-field' }, `${label} `, input, h('small', {}, note));
  };
  const article = h(
    'fieldset',
    { className: 'ingest-article' },
    h('legend', {}, 'Article'),
    field('ingest-title', 'Title', 'title', proposal.article.title.note),
    field('ingest-outlet-value', 'Outlet', 'outlet', proposal.article.outlet.note),
    field('ingest-published-value', 'Published', 'published', proposal.article.published.note, 'date'),
    field('ingest-author', 'Author', 'author', proposal.article.author.note),
  );
  const entities = h('ul', { id: 'ingest-entities', className: 'ingest-list' });
  const claims = h('ul', { id: 'ingest-claims', className: 'ingest-list' });
  const paintClaims = () => {
    claims.replaceChildren(...proposal.claims.map((claim) => claimRow(claim, review, refresh)));
  };
  for (const entity of proposal.entities) entities.append(entityRow(entity, review, () => (refresh(), paintClaims())));
  paintClaims();

  const token = h('input', { id: 'ingest-token', type: 'password', value: readSaveToken(), autocomplete: 'off' });
  const save = h('button', { type: 'button', id: 'ingest-save', className: 'primary' }, 'Save to the graph');
  save.addEventListener('click', async () => {
    save.disabled = true;
    status.textContent = 'Saving and loading…';
    status.classList.remove('error');
    writeSaveToken(token.value.trim());
    const result = await core.articles.save(toSaveRequest(review), token.value.trim() || undefined);
    save.disabled = false;
    if (!result.ok) return showError(status, result.error);
    const { saved } = result;
    status.textContent = `Saved ${saved.article.id}: ${saved.counts.claims} claims, ${saved.counts.newEntities} new entities.`;
    close();
    await core.graph.reveal(saved.article.id, { focus: true });
    await core.graph.expand(saved.article.id);
    core.notices.info(
      `Added ${saved.article.id} (${saved.counts.claims} claims) — written to ${saved.article.script}.`,
    );
  });
  root.replaceChildren(
    h('section', { className: 'ingest-text-pane' }, h('h3', {}, 'Text'), textView),
    h(
      'section',
      { className: 'ingest-decisions' },
      article,
      h('h3', {}, 'Entities'),
      entities,
      h('h3', {}, 'Claims'),
      claims,
      h('div', { className: 'ingest-save' }, h('label', { htmlFor: 'ingest-token' }, 'Token '), token, save),
    ),
  );
}

/** The text with entity mentions marked and claim spans underlined; rejected ones fade. */
function paintText(view: HTMLElement, review: ArticleReview): void {
  const boilerplate = review.proposal.boilerplate;
  let offset = 0;
  view.replaceChildren(
    ...textSegments(review.proposal).map((segment) => {
      const start = offset;
      offset += segment.text.length;
      const furniture = boilerplate.some((part) => part.start <= start && part.end >= offset);
      if (!segment.entityKey && !segment.claimKey) {
        return furniture
          ? h('span', { className: 'ingest-furniture' }, segment.text)
          : document.createTextNode(segment.text);
      }
      const entity = segment.entityKey ? review.entities.get(segment.entityKey) : undefined;
      const claim = segment.claimKey ? review.proposal.claims.find((item) => item.key === segment.claimKey) : undefined;
      const classes = [
        entity ? 'ingest-entity' : '',
        entity && !entity.accepted ? 'rejected' : '',
        claim ? 'ingest-claim' : '',
        claim && !claimIsSaved(review, claim) ? 'rejected-claim' : '',
      ].filter(Boolean);
      return h(
        'mark',
        {
          className: classes.join(' '),
          dataset: {
            ...(segment.entityKey ? { entity: segment.entityKey } : {}),
            ...(segment.claimKey ? { claim: segment.claimKey } : {}),
          },
        },
        segment.text,
      );
    }),
  );
}

function entityRow(
  entity: ArticleProposal['entities'][number],
  review: ArticleReview,
  changed: () => void,
): HTMLElement {
  const decision = review.entities.get(entity.key);
  if (!decision) return h('li', {});
  const accept = h('input', { type: 'checkbox', checked: decision.accepted, 'aria-label': `Accept ${entity.name}` });
  const name = h('input', { type: 'text', value: decision.name, 'aria-label': 'Name' });
  const match = h('input', {
    type: 'text',
    value: decision.matchId,
    placeholder: `new: ${entity.newId}`,
    'aria-label': 'Existing node id (empty for a new node)',
  });
  accept.addEventListener('change', () => ((decision.accepted = accept.checked), changed()));
  name.addEventListener('input', () => (decision.name = name.value));
  match.addEventListener('input', () => (decision.matchId = match.value.trim()));
  return h(
    'li',
    { dataset: { entity: entity.key }, className: entity.matchId ? 'matched' : 'new' },
    h('label', {}, accept, h('span', { className: `badge label-${entity.label.toLowerCase()}` }, entity.label)),
    name,
    match,
    h('small', {}, `${entity.match.by}: ${entity.match.note} · ${entity.mentions.length}×`),
  );
}

function claimRow(claim: ArticleProposal['claims'][number], review: ArticleReview, changed: () => void): HTMLElement {
  const decision = review.claims.get(claim.key);
  if (!decision) return h('li', {});
  const accept = h('input', { type: 'checkbox', checked: decision.accepted, 'aria-label': 'Accept claim' });
  accept.addEventListener('change', () => ((decision.accepted = accept.checked), changed()));
  const speakers = review.proposal.entities.filter(
    (entity) => (entity.label === 'Person' || entity.label === 'Agency') && review.entities.get(entity.key)?.accepted,
  );
  const claimant = h(
    'select',
    { 'aria-label': 'Claimant' },
    speakers.map((entity) =>
      h(
        'option',
        { value: entity.key, selected: entity.key === decision.claimantKey },
        review.entities.get(entity.key)?.name ?? entity.name,
      ),
    ),
  );
  if (!speakers.some((entity) => entity.key === decision.claimantKey)) {
    claimant.prepend(h('option', { value: '', selected: true }, `${claim.claimant.name} (not accepted)`));
  }
  claimant.addEventListener('change', () => ((decision.claimantKey = claimant.value || null), changed()));
  const text = h('textarea', { rows: 2, value: decision.text, 'aria-label': 'Paraphrase' });
  text.addEventListener('input', () => (decision.text = text.value));
  const date = h('input', { type: 'date', value: decision.date, 'aria-label': 'Date said' });
  date.addEventListener('input', () => (decision.date = date.value));
  const kind = h(
    'select',
    { 'aria-label': 'Kind' },
    CLAIM_KINDS.map((value) => h('option', { value, selected: value === decision.kind }, value)),
  );
  kind.addEventListener('change', () => (decision.kind = kind.value as typeof decision.kind));
  const count = (value: number | null, label: string, set: (next: number | null) => void) => {
    const input = h('input', {
      type: 'number',
      min: 0,
      step: 1,
      value: value ?? '',
      'aria-label': label,
      className: 'count',
    });
    input.addEventListener('input', () => set(input.value === '' ? null : Math.round(Number(input.value))));
    return input;
  };
  const related = claim.relatedClaims.map((link) => {
    const keep = h('input', {
      type: 'checkbox',
      checked: decision.related.has(link.id),
      'aria-label': `Keep link to ${link.id}`,
    });
    keep.addEventListener('change', () =>
      keep.checked ? decision.related.add(link.id) : decision.related.delete(link.id),
    );
    return h(
      'li',
      { className: `link-${link.type.toLowerCase()}` },
      h('label', {}, keep, ` ${link.type} `),
      h('q', {}, link.text),
      h('small', {}, link.reason),
    );
  });
  return h(
    'li',
    { dataset: { claim: claim.key }, className: claimIsSaved(review, claim) ? '' : 'rejected' },
    h('div', { className: 'claim-head' }, h('label', {}, accept), claimant, date, kind),
    claim.quote ? h('blockquote', {}, claim.quote) : null,
    text,
    h(
      'div',
      { className: 'claim-figures' },
      'Figures ',
      count(decision.countMin, 'Count at least', (next) => (decision.countMin = next)),
      '–',
      count(decision.countMax, 'Count at most', (next) => (decision.countMax = next)),
      ` ${claim.measure ?? ''} · ${claim.channel}`,
    ),
    h('small', {}, `Date: ${claim.dateNote}`),
    h('small', {}, `About: ${claim.about.map((item) => item.name).join(', ') || '—'}`),
    related.length ? h('ul', { className: 'ingest-links', 'aria-label': 'Suggested links' }, related) : null,
  );
}

function showError(status: HTMLElement, error: ApiError): void {
  status.classList.add('error');
  status.textContent = error.message;
}
