// A banner across the top when the database is unavailable (health 503 or any DATABASE_UNAVAILABLE error), with a
// button to check again; it goes away as soon as the database answers.
import type { ExplorerCore } from '../core/explorer-core';
import { h } from './dom';

export function mountDatabaseBanner(element: HTMLElement, core: ExplorerCore, onRecovered: () => void): void {
  core.database.status.subscribe((status, previous) => {
    if (status.type !== 'unavailable') {
      element.hidden = true;
      element.replaceChildren();
      if (previous.type === 'unavailable') onRecovered();
      return;
    }
    const retry = h('button', { type: 'button' }, 'Check again');
    retry.addEventListener('click', async () => {
      retry.disabled = true;
      retry.textContent = 'Checking…';
      await core.database.check();
      retry.disabled = false;
      retry.textContent = 'Check again';
    });
    element.replaceChildren(
      h('strong', {}, 'The database is unavailable. '),
      h('span', {}, status.message, ' Start Neo4j (npm start does it) and check again.'),
      retry,
    );
    element.hidden = false;
  });
}
