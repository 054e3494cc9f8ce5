// Undo for changes to the graph (expand, collapse, remove, query results): snapshots taken before each change.
import type { SerializedGraph } from 'graphology-types';
import { atom, type ReadableAtom } from '../state/atom';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from './explorer-graph';

/** State kept beside the graph that must travel back with it on undo (e.g. how far each node was expanded). */
export interface HistoryCompanion<S> {
  capture(): S;
  restore(state: S): void;
}

interface Snapshot<S> {
  description: string;
  graph: SerializedGraph<NodeAttributes, EdgeAttributes>;
  companion: S | undefined;
}

export class GraphHistory<S = never> {
  private readonly stack: Snapshot<S>[] = [];
  private readonly last = atom<string | null>(null);

  constructor(
    private readonly graph: ExplorerGraph,
    private readonly depth = 20,
    private readonly companion?: HistoryCompanion<S>,
  ) {}

  /** The description of the change that undo would revert, or null. */
  get undoable(): ReadableAtom<string | null> {
    return this.last;
  }

  /** Call before changing the graph. */
  record(description: string): void {
    this.stack.push({ description, graph: this.graph.export(), companion: this.companion?.capture() });
    if (this.stack.length > this.depth) this.stack.shift();
    this.last.set(description);
  }

  /** Restores the graph as it was before the last recorded change; answers what was undone. */
  undo(): string | null {
    const snapshot = this.stack.pop();
    this.last.set(this.stack.at(-1)?.description ?? null);
    if (!snapshot) return null;
    this.graph.clear();
    this.graph.import(snapshot.graph);
    if (this.companion) this.companion.restore(snapshot.companion as S);
    return snapshot.description;
  }

  clear(): void {
    this.stack.length = 0;
    this.last.set(null);
  }
}
