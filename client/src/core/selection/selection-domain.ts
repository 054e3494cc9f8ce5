// The selection domain: the selected node (state) and selecting, clearing, and dropping a selection whose node left
// the view (actions).
import { atom } from '../state/atom';
import { NO_SELECTION, type Selection } from './selection-state';

export class SelectionDomain {
  readonly state = atom<Selection>(NO_SELECTION);

  select(node: string | null): void {
    this.state.set(node ? { type: 'node', id: node } : NO_SELECTION);
  }

  /** Clears the selection when it is this node (removed from the view). */
  clearIf(node: string): void {
    const selection = this.state.get();
    if (selection.type === 'node' && selection.id === node) this.state.set(NO_SELECTION);
  }

  /** Clears the selection when its node is no longer in the view (after undo). */
  keepOnly(present: (node: string) => boolean): void {
    const selection = this.state.get();
    if (selection.type === 'node' && !present(selection.id)) this.state.set(NO_SELECTION);
  }
}
