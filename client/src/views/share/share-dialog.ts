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
import type { GraphView } from '../../rendering/graph-view';
import { h } from '../dom';
import { currentUrlState } from '../url-sync';
import { copyText } from './copy-text';

export interface ShareDialog {
  open(): void;
}

export function mountShareDialog(core: ExplorerCore, view: GraphView): ShareDialog {
  let choices: EmbedChoices = { ...DEFAULT_EMBED_CHOICES };
  const status = h('p', { className: 'share-status', role: 'status', 'aria-live': 'polite' });
  const link = h('input', { id: 'share-permalink', readOnly: true, 'aria-label': 'Link to this view' });
  const iframeCode = h('textarea', { id: 'share-iframe', readOnly: true, rows: 3, 'aria-label': 'Iframe snippet' });
  const elementCode = h('textarea', {
    id: 'share-element',
    readOnly: true,
    rows: 3,
    'aria-label': '<kg-view> snippet',
  });
  const preview = h('iframe', { className: 'share-preview', title: 'Preview of the embed' });
  const copyButton = (label: string, field: HTMLInputElement | HTMLTextAreaElement) =>
    h(
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
  const embedNote = h('p', { className: 'share-note', hidden: true });
  const embedPart = h(
    'div',
    { className: 'share-embed' },
    h(
      'fieldset',
      { className: 'share-choices' },
      h('legend', {}, 'Embed'),
      h('label', {}, 'Show ', subject),
      h('label', {}, 'Width (px) ', width),
      h('label', {}, 'Graph height (px) ', height),
      h('label', {}, 'Theme ', theme),
      h('label', {}, legend, ' Legend'),
    ),
    h('label', { className: 'share-field' }, 'Iframe', iframeCode),
    copyButton('Iframe', iframeCode),
    h('label', { className: 'share-field' }, 'Element for pages that load embed.js', elementCode),
    copyButton('Element', elementCode),
    h('p', { className: 'share-preview-title' }, 'Preview'),
    preview,
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
    h('label', { className: 'share-field' }, 'Link (expansions, filters, dates, selection and camera)', link),
    copyButton('Link', link),
    embedNote,
    embedPart,
    status,
  );
  document.body.append(dialog);

  let previewTimer: ReturnType<typeof setTimeout> | undefined;
  const render = () => {
    const origin = window.location.origin;
    const state = currentUrlState(core, view);
    const title = `Knowledge graph: ${describeQuery(state.query)}`;
    link.value = permalink(origin, state);
    const src = embedUrl(origin, state, choices);
    subject.disabled = subject.options.length < 2;
    embedPart.hidden = src === null;
    embedNote.hidden = src !== null;
    embedNote.textContent =
      'This view comes from ad-hoc Cypher, which embeds never run. Save the query (Cypher tab → Save), run it ' +
      'from Queries, then share again to embed it.';
    iframeCode.value = iframeSnippet(origin, state, choices, title) ?? '';
    elementCode.value = kgViewSnippet(origin, state, choices) ?? '';
    preview.style.width = choices.width === null ? '100%' : `${choices.width}px`;
    preview.style.height = `${choices.height + EMBED_CHROME_HEIGHT}px`;
    // The preview reloads once the choices stop changing, not on every keystroke.
    clearTimeout(previewTimer);
    previewTimer = setTimeout(() => {
      if (src && preview.getAttribute('src') !== src) preview.setAttribute('src', src);
    }, 300);
  };
  const readChoices = () => {
    const w = Number(width.value);
    const ht = Number(height.value);
    choices = {
      width: width.value && Number.isFinite(w) ? Math.min(2000, Math.max(200, Math.round(w))) : null,
      height: Number.isFinite(ht) && ht >= 120 ? Math.min(2000, Math.round(ht)) : DEFAULT_EMBED_CHOICES.height,
      subject: subjectFor(subject.value),
      theme: theme.value as EmbedTheme,
      legend: legend.checked,
    };
    render();
  };
  for (const input of [width, height, theme, legend]) input.addEventListener('input', readChoices);
  subject.addEventListener('change', readChoices);
  const subjectFor = (value: string): EmbedSubject => {
    const selected = selectedNodeId(core.selection.state.get());
    if (value === 'view' || !selected) return { type: 'view' };
    return { type: value === 'claim' ? 'claim' : 'node', id: selected };
  };
  /** A selected claim is shared as its provenance by default (the reporter's case); anything else as the view. */
  const offerSubjects = () => {
    const selected = selectedNodeId(core.selection.state.get());
    const isClaim =
      !!selected &&
      core.graph.data.hasNode(selected) &&
      core.graph.data.getNodeAttribute(selected, 'labels').includes('Claim');
    const options = [h('option', { value: 'view' }, 'The whole view')];
    if (selected && isClaim) {
      options.unshift(
        h('option', { value: 'claim' }, `The claim’s provenance: ${core.graph.caption(selected).slice(0, 50)}`),
      );
    } else if (selected) {
      options.push(h('option', { value: 'node' }, `${core.graph.caption(selected).slice(0, 50)} and its connections`));
    }
    subject.replaceChildren(...options);
  };
  theme.addEventListener('change', readChoices);
  legend.addEventListener('change', readChoices);

  return {
    open() {
      status.textContent = '';
      offerSubjects();
      readChoices();
      if (!dialog.open) dialog.showModal();
      link.select();
    },
  };
}
