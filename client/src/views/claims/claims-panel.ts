// The Claims tab's form: claimant and subject (picked, never typed as ids), kind, dates, words, "only contested",
// and the CSV export of what the table shows. Every change reloads the first page.
import { downloadFile } from '../download-file';
import type { ExplorerCore } from '../../core/explorer-core';
import { h } from '../dom';
import { CLAIM_KINDS } from '../../../../server/src/claims/claim-kinds';
import { entityPicker } from './entity-picker';
import type { ClaimMapGrouping } from '../../core/claims/claim-map';

export function mountClaimsPanel(element: HTMLElement, core: ExplorerCore): void {
  const { workbench } = core;
  const by = entityPicker(core, {
    label: 'Said by',
    labels: ['Person', 'Agency'],
    onChange: (choice) => void workbench.filter({ by: choice }),
  });
  const about = entityPicker(core, {
    label: 'About',
    onChange: (choice) => void workbench.filter({ about: choice }),
  });
  const kind = h(
    'select',
    { 'aria-label': 'Kind', onchange: () => void workbench.filter({ kind: kind.value }) },
    h('option', { value: '' }, 'any kind'),
    ...CLAIM_KINDS.map((k) => h('option', { value: k }, k)),
  );
  const from = h('input', {
    type: 'date',
    'aria-label': 'Said from',
    // The explorer's one date range: the graph, the timeline and the address follow it too.
    onchange: () => core.filters.setDate('from', from.value || null),
  });
  const to = h('input', {
    type: 'date',
    'aria-label': 'Said until',
    onchange: () => core.filters.setDate('to', to.value || null),
  });
  let textTimer: ReturnType<typeof setTimeout> | undefined;
  const text = h('input', {
    type: 'search',
    'aria-label': 'Words in the claim',
    placeholder: 'e.g. battalion',
    oninput: () => {
      clearTimeout(textTimer);
      textTimer = setTimeout(() => void workbench.filter({ text: text.value }), 250);
    },
  });
  const contested = h('input', {
    type: 'checkbox',
    onchange: () => void workbench.filter({ contested: contested.checked }),
  });
  const status = h('p', { className: 'muted small', role: 'status' });
  const exportButton = h(
    'button',
    {
      type: 'button',
      onclick: async () => {
        const result = await workbench.exportCsv();
        if (result.ok) downloadFile(result.fileName, result.csv, 'text/csv');
        else status.textContent = result.error.message;
      },
    },
    'Export CSV (with sources)',
  );
  element.replaceChildren(
    h(
      'form',
      { className: 'claims-filters', 'aria-label': 'Claims filters', onsubmit: (e: Event) => e.preventDefault() },
      h('h2', {}, 'Who said what'),
      by.element,
      about.element,
      h('label', {}, 'Kind', kind),
      h('div', { className: 'date-range' }, h('label', {}, 'From', from), h('label', {}, 'To', to)),
      h('label', {}, 'Words', text),
      h('label', { className: 'check' }, contested, ' Only contested claims'),
      h(
        'div',
        { className: 'claims-actions' },
        exportButton,
        h(
          'button',
          {
            type: 'reset',
            onclick: () => {
              by.set(null);
              about.set(null);
              core.filters.setDates(null, null);
              void workbench.filter({ by: null, about: null, kind: '', text: '', contested: false });
            },
          },
          'Clear',
        ),
      ),
      status,
    ),
    claimMapForm(core, status),
  );
  const showDates = () => {
    const range = core.filters.state.get();
    from.value = range.from ?? '';
    to.value = range.to ?? '';
  };
  core.filters.state.subscribe(showDates);
  showDates();
  workbench.list.subscribe((list) => {
    status.textContent = list.type === 'failed' ? list.error.message : '';
    status.classList.toggle('error', list.type === 'failed');
  });
}

/** Draws the claims the filters find as a claim map in the graph: grouped by kind or subject, only agreement shown. */
function claimMapForm(core: ExplorerCore, status: HTMLElement): HTMLElement {
  const grouping = h(
    'select',
    { 'aria-label': 'Group the claim map' },
    h('option', { value: 'kind' }, 'by kind'),
    h('option', { value: 'subject' }, 'by subject'),
  );
  return h(
    'form',
    {
      className: 'claims-filters',
      'aria-label': 'Claim map',
      onsubmit: async (event: Event) => {
        event.preventDefault();
        const shown = await core.claimMap.show(grouping.value as ClaimMapGrouping);
        status.textContent = shown.ok
          ? `Claim map: ${shown.claims} claims in ${shown.groups} groups; Undo brings the previous view back.`
          : shown.error.message;
      },
    },
    h('h2', {}, 'Claim map'),
    h(
      'p',
      { className: 'muted small' },
      'The claims these filters find, grouped, with who said each as badges and only agreement (green) and ',
      'contradiction (dashed red) between them.',
    ),
    h('label', {}, 'Group', grouping),
    h('button', { type: 'submit' }, 'Show claim map'),
  );
}
