// What the layout machinery is doing: nothing, settling the graph after a change, or running a user-chosen layout.
import type { LayoutId } from './layout-registry';

export type LayoutState =
  { type: 'idle' } | { type: 'settling'; reason: 'initial' | 'expansion' } | { type: 'running'; layout: LayoutId };
