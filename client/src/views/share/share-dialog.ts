// The Share dialog: the permalink of the whole view (query, expansions, filters, dates, selection, camera), the
// iframe and <kg-view> snippets for the same view — or for the selected claim's provenance or node's neighbourhood —
// with size, theme and legend choices, a live preview of the embed, and copy buttons. A view built from ad-hoc
// Cypher gets its permalink and a note on how to make it embeddable.
import type { ExplorerCore } from '../../core/explorer-core';
import { describeQuery } from '../../core/queries/current-query';
import { selectedNodeId } from '../../core/selection/selection-state';
import {
  DEFAULT_EMBED_CHOICES,
  EMBED_CHROME_HEIGHT,
  embedUrl,
  iframeSnippet,
  kgViewSnippet,
  permalink,
  type EmbedChoices,
  type EmbedSubject,
  type EmbedTheme,
} from '../../core/share/share-links';
import type { UrlState } from '../../core/url/url-state';
import type { GraphView } from '../../rendering/graph-view';
import { h } from '../dom';
import { currentUrlState } from '../url-sync';
import { copyText } from './copy-text';

export interface ShareDialog {
  open(): void;
}

/** The embed's size, theme, legend and subject controls. */
interface ChoiceFields {
  width: HTMLInputElement;
  height: HTMLInputElement;
  theme: HTMLSelectElement;
  legend: HTMLInputElement;
  subject: HTMLSelectElement;
}

/** The fields the dialog fills in on every change. */
interface ShareFields {
  link: HTMLInputElement;
  iframeCode: HTMLTextAreaElement;
  elementCode: HTMLTextAreaElement;
  preview: HTMLIFrameElement;
  embedPart: HTMLElement;
  embedNote: HTMLElement;
}

export function mountShareDialog(core: ExplorerCore, view: GraphView): ShareDialog {
  let choices: EmbedChoices = { ...DEFAULT_EMBED_CHOICES };
  const status = h('p', { className: 'share-status', role: 'status', 'aria-live': 'polite' });
  const controls = choiceFields(choices);
  const fields = shareFields();
  const copy = (label: string, field: HTMLInputElement | HTMLTextAreaElement) => copyButton(label, field, status);
  fields.embedPart.append(
    choicesFieldset(controls),
    h('label', { className: 'share-field' }, 'Iframe', fields.iframeCode),
    copy('Iframe', fields.iframeCode),
    h('label', { className: 'share-field' }, 'Element for pages that load embed.js', fields.elementCode),
    copy('Element', fields.elementCode),
    h('p', { className: 'share-preview-title' }, 'Preview'),
    fields.preview,
  );
  const dialog = h(
    'dialog',
    { id: 'share-dialog', className: 'share-dialog', 'aria-labelledby': 'share-title' },
    h(
      'header',
      {},
      h('h2', { id: 'share-title' }, 'Share this view'),
      h('button', { type: 'button', 'aria-label': 'Close', onclick: () => dialog.close() }, '×'),
    ),
    h('label', { className: 'share-field' }, 'Link (expansions, filters, dates, selection and camera)', fields.link),
    copy('Link', fields.link),
    fields.embedNote,
    fields.embedPart,
    status,
  );
  document.body.append(dialog);

  const showPreview = previewLoader(fields.preview);
  const readChoices = () => {
    choices = readEmbedChoices(controls, selectedNodeId(core.selection.state.get()));
    controls.subject.disabled = controls.subject.options.length < 2;
    showPreview(renderShare(fields, currentUrlState(core, view), choices));
  };
  for (const input of [controls.width, controls.height, controls.theme, controls.legend]) {
    input.addEventListener('input', readChoices);
    input.addEventListener('change', readChoices);
  }
  controls.subject.addEventListener('change', readChoices);

  return {
    open() {
      status.textContent = '';
      controls.subject.replaceChildren(...subjectOptions(core));
      readChoices();
      if (!dialog.open) dialog.showModal();
      fields.link.select();
    },
  };
}

function copyButton(label: string, field: HTMLInputElement | HTMLTextAreaElement, status: HTMLElement) {
  return h(
    'button',
    {
      type: 'button',
      onclick: async () => {
        status.textContent = (await copyText(field.value, field))
          ? `${label}: copied.`
          : `${label}: select the text and copy it (the browser refused to copy).`;
      },
    },
    `Copy ${label.toLowerCase()}`,
  );
}

function shareFields(): ShareFields {
  return {
    link: h('input', { id: 'share-permalink', readOnly: true, 'aria-label': 'Link to this view' }),
    iframeCode: h('textarea', { id: 'share-iframe', readOnly: true, rows: 3, 'aria-label': 'Iframe snippet' }),
    elementCode: h('textarea', { id: 'share-element', readOnly: true, rows: 3, 'aria-label': '<kg-view> snippet' }),
    preview: h('iframe', { className: 'share-preview', title: 'Preview of the embed' }),
    embedPart: h('div', { className: 'share-embed' }),
    embedNote: h('p', { className: 'share-note', hidden: true }),
  };
}

function choiceFields(choices: EmbedChoices): ChoiceFields {
  const width = h('input', {
    type: 'number',
    min: 200,
    max: 2000,
    step: 10,
    placeholder: 'full',
    'aria-label': 'Width',
  });
  const height = h('input', { type: 'number', min: 120, max: 2000, step: 10, value: String(choices.height) });
  height.setAttribute('aria-label', 'Graph height');
  const theme = h(
    'select',
    { 'aria-label': 'Theme' },
    h('option', { value: 'auto' }, 'Reader’s system'),
    h('option', { value: 'light' }, 'Light'),
    h('option', { value: 'dark' }, 'Dark'),
  );
  const legend = h('input', { type: 'checkbox', checked: true, 'aria-label': 'Legend' });
  const subject = h('select', { 'aria-label': 'What to embed' });
  return { width, height, theme, legend, subject };
}

function choicesFieldset(controls: ChoiceFields): HTMLElement {
  return h(
    'fieldset',
    { className: 'share-choices' },
    h('legend', {}, 'Embed'),
    h('label', {}, 'Show ', controls.subject),
    h('label', {}, 'Width (px) ', controls.width),
    h('label', {}, 'Graph height (px) ', controls.height),
    h('label', {}, 'Theme ', controls.theme),
    h('label', {}, controls.legend, ' Legend'),
  );
}

/** The choices as typed, clamped to what an embed accepts; a cleared height falls back to the default. */
function readEmbedChoices(controls: ChoiceFields, selected: string | null): EmbedChoices {
  const w = Number(controls.width.value);
  const ht = Number(controls.height.value);
  const value = controls.subject.value;
  const subject: EmbedSubject =
    value === 'view' || !selected ? { type: 'view' } : { type: value === 'claim' ? 'claim' : 'node', id: selected };
  return {
    width: controls.width.value && Number.isFinite(w) ? Math.min(2000, Math.max(200, Math.round(w))) : null,
    height: Number.isFinite(ht) && ht >= 120 ? Math.min(2000, Math.round(ht)) : DEFAULT_EMBED_CHOICES.height,
    subject,
    theme: controls.theme.value as EmbedTheme,
    legend: controls.legend.checked,
  };
}

/** A selected claim is shared as its provenance by default (the reporter's case); anything else as the view. */
function subjectOptions(core: ExplorerCore): HTMLOptionElement[] {
  const selected = selectedNodeId(core.selection.state.get());
  const options = [h('option', { value: 'view' }, 'The whole view')];
  if (!selected) return options;
  const caption = core.graph.caption(selected).slice(0, 50);
  const isClaim =
    core.graph.data.hasNode(selected) && core.graph.data.getNodeAttribute(selected, 'labels').includes('Claim');
  if (isClaim) options.unshift(h('option', { value: 'claim' }, `The claim’s provenance: ${caption}`));
  else options.push(h('option', { value: 'node' }, `${caption} and its connections`));
  return options;
}

/** Fills the link, the snippets and the preview's size; answers the embed address to preview (null: none). */
function renderShare(fields: ShareFields, state: UrlState, choices: EmbedChoices): string | null {
  const origin = window.location.origin;
  const title = `Knowledge graph: ${describeQuery(state.query)}`;
  fields.link.value = permalink(origin, state);
  const src = embedUrl(origin, state, choices);
  fields.embedPart.hidden = src === null;
  fields.embedNote.hidden = src !== null;
  fields.embedNote.textContent =
    'This view comes from ad-hoc Cypher, which embeds never run. Save the query (Cypher tab → Save), run it ' +
    'from Queries, then share again to embed it.';
  fields.iframeCode.value = iframeSnippet(origin, state, choices, title) ?? '';
  fields.elementCode.value = kgViewSnippet(origin, state, choices) ?? '';
  fields.preview.style.width = choices.width === null ? '100%' : `${choices.width}px`;
  fields.preview.style.height = `${choices.height + EMBED_CHROME_HEIGHT}px`;
  return src;
}

/** The preview reloads once the choices stop changing, not on every keystroke. */
function previewLoader(preview: HTMLIFrameElement): (src: string | null) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (src) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (src && preview.getAttribute('src') !== src) preview.setAttribute('src', src);
    }, 300);
  };
}
