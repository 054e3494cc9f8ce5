// Undo for changes to the graph (expand, collapse, remove, query results): snapshots taken before each change.
import type { SerializedGraph } from 'graphology-types';
import { atom, type ReadableAtom } from '../state/atom';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from './explorer-graph';

interface Snapshot {
  description: string;
  graph: SerializedGraph<NodeAttributes, EdgeAttributes>;
}

export class GraphHistory {
  private readonly stack: Snapshot[] = [];
  private readonly last = atom<string | null>(null);

  constructor(
    private readonly graph: ExplorerGraph,
    private readonly depth = 20,
  ) {}

  /** The description of the change that undo would revert, or null. */
  get undoable(): ReadableAtom<string | null> {
    return this.last;
  }

  /** Call before changing the graph. */
  record(description: string): void {
    this.stack.push({ description, graph: this.graph.export() });
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
    return snapshot.description;
  }

  clear(): void {
    this.stack.length = 0;
    this.last.set(null);
  }
}
