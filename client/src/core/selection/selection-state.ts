// What the user has selected: nothing, or one node (by its stable id, which may not be in the view yet).
export type Selection = { type: 'none' } | { type: 'node'; id: string };

export const NO_SELECTION: Selection = { type: 'none' };

export function selectedNodeId(selection: Selection): string | null {
  return selection.type === 'node' ? selection.id : null;
}
