// Draws a graph-wide move (every node repositioned in one `updateEachNodeAttributes`, as a layout's end, a live
// layout's step, the circular layout or an undo applies it) in one pass that runs no reducer.
//
// Sigma v3 answers that event by running the node reducer twice per node: once in its handler, once more in the
// refresh the handler then asks for. Neither is needed for a move: sigma's `process()` reads every position straight
// from the graph, and nothing a reducer makes (style, caption, filter, focus) depends on a position. So the view takes
// that one event over from sigma: an update whose hints name only `x` and `y` just asks sigma to process and draw on
// the next frame; any other update (sizes, colours, no hints) still goes to sigma's own handler.
import type Graph from 'graphology';

const EVENT = 'eachNodeAttributesUpdated';
const POSITION_ATTRIBUTES: ReadonlySet<string> = new Set(['x', 'y']);

type Hints = { attributes?: readonly (string | number)[] } | null | undefined;
type EachNodeUpdated = (payload: { hints: Hints }) => void;

/** What is asked of the renderer: sigma's `refresh`, reduced to the options used here. */
export interface ProcessingRenderer {
  refresh(options: { partialGraph: { nodes?: string[] }; schedule: boolean }): unknown;
}

/** Whether an update's hints say that only positions changed. */
export function movesOnly(hints: Hints): boolean {
  const attributes = hints?.attributes;
  return !!attributes && attributes.length > 0 && attributes.every((name) => POSITION_ATTRIBUTES.has(String(name)));
}

/** The graph's listeners of graph-wide node updates, taken before the renderer is made (see `takeOverMoves`). */
export function nodeUpdateListeners(graph: Graph): readonly unknown[] {
  return graph.listeners(EVENT);
}

/**
 * Takes over the renderer's handling of graph-wide node updates: `before` are the listeners the graph had before the
 * renderer was made (its own are the ones added since). Returns a function that gives the handling back.
 */
export function takeOverMoves(graph: Graph, renderer: ProcessingRenderer, before: readonly unknown[]): () => void {
  const own = (graph.listeners(EVENT) as EachNodeUpdated[]).filter((listener) => !before.includes(listener));
  for (const listener of own) graph.off(EVENT, listener);
  const onUpdate: EachNodeUpdated = (payload) => {
    if (!movesOnly(payload.hints)) {
      for (const listener of own) listener(payload);
      return;
    }
    // A partial refresh of no node, indexation included: sigma re-reads the positions in its next frame's process().
    renderer.refresh({ partialGraph: {}, schedule: true });
  };
  graph.on(EVENT, onUpdate);
  return () => {
    graph.off(EVENT, onUpdate);
    for (const listener of own) graph.on(EVENT, listener);
  };
}
