// "Add article": paste an article (or open a .txt/.html file), get the proposal, review it — the text with its entity
// and claim spans highlighted, each entity and claim accepted, edited or rejected, suggested links with their
// reasons — and save: the server writes and loads the article, which then opens in the graph.
import type { ApiError, ArticleProposal } from '../../api/api-client';
import type { ExplorerCore } from '../../core/explorer-core';
import {
  addSubject,
  claimIsSaved,
  removeSubject,
  startReview,
  textSegments,
  toSaveRequest,
  type ArticleReview,
  type ClaimDecision,
} from '../../core/ingest/article-review';
import { readSaveToken, writeSaveToken } from '../../core/queries/query-history';
import { entityPicker } from '../claims/entity-picker';
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
    claims.replaceChildren(...proposal.claims.map((claim) => claimRow(core, claim, review, refresh)));
  };
  for (const entity of proposal.entities) {
    entities.append(entityRow(core, entity, review, () => (refresh(), paintClaims())));
  }
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
  core: ExplorerCore,
  entity: ArticleProposal['entities'][number],
  review: ArticleReview,
  changed: () => void,
): HTMLElement {
  const decision = review.entities.get(entity.key);
  if (!decision) return h('li', {});
  const accept = h('input', { type: 'checkbox', checked: decision.accepted, 'aria-label': `Accept ${entity.name}` });
  const name = h('input', { type: 'text', value: decision.name, 'aria-label': 'Name' });
  const newNode = h('small', { className: 'muted' });
  const showNewNode = () => (newNode.textContent = decision.matchId ? '' : `New node ${decision.newId}`);
  // Another node of the graph is picked by name (search as you type, or the node selected in the graph), never by id.
  const match = entityPicker(core, {
    label: `Same as an existing ${entity.label}`,
    labels: [entity.label],
    onChange: (choice) => ((decision.matchId = choice?.id ?? ''), showNewNode()),
  });
  if (decision.matchId)
    match.set({ id: decision.matchId, name: entity.matchId === decision.matchId ? entity.name : decision.matchId });
  showNewNode();
  accept.addEventListener('change', () => ((decision.accepted = accept.checked), changed()));
  name.addEventListener('input', () => (decision.name = name.value));
  return h(
    'li',
    { dataset: { entity: entity.key }, className: entity.matchId ? 'matched' : 'new' },
    h('label', {}, accept, h('span', { className: `badge label-${entity.label.toLowerCase()}` }, entity.label)),
    name,
    match.element,
    newNode,
    h('small', {}, `${entity.match.by}: ${entity.match.note} · ${entity.mentions.length}×`),
  );
}

/** A claim's subjects as removable chips, with an entity of the article or a node of the graph to add. */
function subjectsEditor(core: ExplorerCore, decision: ClaimDecision, review: ArticleReview): HTMLElement {
  const chips = h('span', { className: 'ingest-subjects' });
  const fromArticle = h('select', { 'aria-label': 'Add a subject from the article' });
  const paint = () => {
    chips.replaceChildren(
      ...decision.about.map((subject) =>
        h(
          'span',
          { className: 'chip' },
          subject.key ? (review.entities.get(subject.key)?.name ?? subject.name) : subject.name,
          h(
            'button',
            {
              type: 'button',
              className: 'icon-button',
              'aria-label': `Remove subject ${subject.name}`,
              onclick: () => (removeSubject(decision, subject), paint()),
            },
            '×',
          ),
        ),
      ),
    );
    const candidates = review.proposal.entities.filter(
      (entity) => review.entities.get(entity.key)?.accepted && !decision.about.some((item) => item.key === entity.key),
    );
    fromArticle.replaceChildren(
      h('option', { value: '' }, 'Add from the article…'),
      ...candidates.map((entity) =>
        h('option', { value: entity.key }, review.entities.get(entity.key)?.name ?? entity.name),
      ),
    );
  };
  fromArticle.addEventListener('change', () => {
    const entity = review.proposal.entities.find((item) => item.key === fromArticle.value);
    const decided = entity && review.entities.get(entity.key);
    if (entity && decided)
      addSubject(decision, { key: entity.key, name: decided.name, matchId: decided.matchId || null });
    paint();
  });
  const fromGraph = entityPicker(core, {
    label: 'Add a subject from the graph',
    onChange: (choice) => {
      if (!choice) return;
      addSubject(decision, { key: null, name: choice.name, matchId: choice.id });
      fromGraph.set(null);
      paint();
    },
  });
  paint();
  return h(
    'div',
    { className: 'ingest-about', role: 'group', 'aria-label': 'About' },
    'About ',
    chips,
    fromArticle,
    fromGraph.element,
  );
}

function claimRow(
  core: ExplorerCore,
  claim: ArticleProposal['claims'][number],
  review: ArticleReview,
  changed: () => void,
): HTMLElement {
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
    subjectsEditor(core, decision, review),
    related.length ? h('ul', { className: 'ingest-links', 'aria-label': 'Suggested links' }, related) : null,
  );
}

function showError(status: HTMLElement, error: ApiError): void {
  status.classList.add('error');
  status.textContent = error.message;
}
