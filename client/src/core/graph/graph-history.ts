// Undo for changes to the graph (expand, collapse, remove, query results). Each entry keeps the change, not the
// graph: the nodes and edges added (dropped again on undo), those removed with their attributes (put back), and the
// node positions when the change began as two number arrays (layouts and placements move nodes). Only replacing the
// whole graph (a query's result) keeps the graph it replaces, because that graph is what the change removes.
// Attribute refreshes from the server (newer properties) and derived sizes are not undone.
import type { SerializedGraph } from 'graphology-types';
import { atom, type ReadableAtom } from '../state/atom';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from './explorer-graph';

/** State kept beside the graph that must travel back with it on undo (e.g. how far each node was expanded). */
export interface HistoryCompanion<S> {
  capture(): S;
  restore(state: S): void;
}

type Operation =
  | { type: 'nodeAdded'; key: string }
  | { type: 'edgeAdded'; key: string }
  | { type: 'nodeDropped'; key: string; attributes: NodeAttributes }
  | { type: 'edgeDropped'; key: string; source: string; target: string; attributes: EdgeAttributes };

interface Change<S> {
  description: string;
  operations: Operation[];
  positions: { keys: string[]; xs: Float64Array; ys: Float64Array };
  /** Only when the change replaces the whole graph. */
  replaced: SerializedGraph<NodeAttributes, EdgeAttributes> | null;
  companion: S | undefined;
}

export class GraphHistory<S = never> {
  private readonly stack: Change<S>[] = [];
  private readonly last = atom<string | null>(null);
  private undoing = false;

  constructor(
    private readonly graph: ExplorerGraph,
    private readonly depth = 20,
    private readonly companion?: HistoryCompanion<S>,
  ) {
    const log = (operation: Operation) => {
      if (!this.undoing) this.stack.at(-1)?.operations.push(operation);
    };
    graph.on('nodeAdded', ({ key }) => log({ type: 'nodeAdded', key }));
    graph.on('edgeAdded', ({ key }) => log({ type: 'edgeAdded', key }));
    graph.on('nodeDropped', ({ key, attributes }) => log({ type: 'nodeDropped', key, attributes }));
    graph.on('edgeDropped', ({ key, source, target, attributes }) =>
      log({ type: 'edgeDropped', key, source, target, attributes }),
    );
  }

  /** The description of the change that undo would revert, or null. */
  get undoable(): ReadableAtom<string | null> {
    return this.last;
  }

  /** Call before changing the graph; `replacesGraph` when the change clears it (the cleared graph is kept). */
  record(description: string, { replacesGraph = false } = {}): void {
    const keys = this.graph.nodes();
    const xs = new Float64Array(keys.length);
    const ys = new Float64Array(keys.length);
    keys.forEach((key, index) => {
      const attributes = this.graph.getNodeAttributes(key);
      xs[index] = attributes.x;
      ys[index] = attributes.y;
    });
    this.stack.push({
      description,
      operations: [],
      positions: { keys, xs, ys },
      replaced: replacesGraph ? this.graph.export() : null,
      companion: this.companion?.capture(),
    });
    if (this.stack.length > this.depth) this.stack.shift();
    this.last.set(description);
  }

  /** Reverts the last recorded change; answers what was undone. */
  undo(): string | null {
    const change = this.stack.pop();
    this.last.set(this.stack.at(-1)?.description ?? null);
    if (!change) return null;
    this.undoing = true;
    try {
      if (change.replaced) {
        this.graph.clear();
        this.graph.import(change.replaced);
      } else {
        this.revert(change.operations);
        this.restorePositions(change.positions);
      }
    } finally {
      this.undoing = false;
    }
    if (this.companion) this.companion.restore(change.companion as S);
    return change.description;
  }

  clear(): void {
    this.stack.length = 0;
    this.last.set(null);
  }

  private revert(operations: readonly Operation[]): void {
    const graph = this.graph;
    for (let index = operations.length - 1; index >= 0; index -= 1) {
      const operation = operations[index]!;
      switch (operation.type) {
        case 'nodeAdded':
          if (graph.hasNode(operation.key)) graph.dropNode(operation.key);
          break;
        case 'edgeAdded':
          if (graph.hasEdge(operation.key)) graph.dropEdge(operation.key);
          break;
        case 'nodeDropped':
          if (!graph.hasNode(operation.key)) graph.addNode(operation.key, operation.attributes);
          break;
        case 'edgeDropped': {
          const { key, source, target, attributes } = operation;
          if (!graph.hasEdge(key) && graph.hasNode(source) && graph.hasNode(target)) {
            graph.addDirectedEdgeWithKey(key, source, target, attributes);
          }
          break;
        }
      }
    }
  }

  private restorePositions({ keys, xs, ys }: Change<S>['positions']): void {
    const position = new Map(keys.map((key, index) => [key, index]));
    this.graph.updateEachNodeAttributes(
      (key, attributes) => {
        const index = position.get(key);
        if (index === undefined || (attributes.x === xs[index] && attributes.y === ys[index])) return attributes;
        return { ...attributes, x: xs[index]!, y: ys[index]! };
      },
      { attributes: ['x', 'y'] },
    );
  }
}
