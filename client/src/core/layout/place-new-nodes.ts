// Gives nodes that just arrived a starting place without moving anyone else: around the node they came from, near
// the nodes they connect to, or on a circle for a fresh graph. Nodes being placed still sit where mergePayload left
// them (the origin), so they are left out of the measurements they are placed by.
import type { ExplorerGraph } from '../graph/explorer-graph';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Places nodes on a ring around an anchor, beyond the anchor's current neighbours. */
export function placeAround(graph: ExplorerGraph, anchor: string, nodes: readonly string[]): void {
  if (nodes.length === 0 || !graph.hasNode(anchor)) return;
  const { x, y } = graph.getNodeAttributes(anchor);
  const placing = new Set(nodes);
  const radius = Math.max(typicalEdgeLength(graph, placing), 10) * (1 + Math.sqrt(nodes.length) / 4);
  const start = outwardAngle(graph, anchor, placing);
  nodes.forEach((node, index) => {
    const angle = start + (index - (nodes.length - 1) / 2) * Math.min(0.5, (Math.PI * 1.6) / nodes.length);
    const ring = radius * (1 + 0.15 * (index % 3));
    graph.mergeNodeAttributes(node, { x: x + ring * Math.cos(angle), y: y + ring * Math.sin(angle) });
  });
}

/**
 * Places a node near the centre of its neighbours already in the view, or at the edge of the drawing. `unplaced`
 * names other nodes of the same batch still waiting at the origin; they are not taken as landmarks.
 */
export function placeNearNeighbours(
  graph: ExplorerGraph,
  node: string,
  unplaced: ReadonlySet<string> = new Set(),
): void {
  const ignored = new Set(unplaced).add(node);
  const placed = graph.neighbors(node).filter((neighbour) => !ignored.has(neighbour));
  if (placed.length > 0) {
    const cx = average(placed.map((n) => graph.getNodeAttribute(n, 'x')));
    const cy = average(placed.map((n) => graph.getNodeAttribute(n, 'y')));
    const offset = typicalEdgeLength(graph, ignored) / 2;
    graph.mergeNodeAttributes(node, { x: cx + offset, y: cy + offset });
    return;
  }
  const others = graph.filterNodes((key) => !ignored.has(key));
  if (others.length === 0) return;
  const xs = others.map((n) => graph.getNodeAttribute(n, 'x'));
  const ys = others.map((n) => graph.getNodeAttribute(n, 'y'));
  // A loop rather than Math.max(...xs), which overflows the call stack beyond about 100k nodes.
  const right = xs.reduce((max, value) => Math.max(max, value), -Infinity);
  graph.mergeNodeAttributes(node, { x: right + typicalEdgeLength(graph, ignored), y: average(ys) });
}

/** Starting positions for a fresh graph: a sunflower spiral in insertion order (deterministic). */
export function placeOnSpiral(graph: ExplorerGraph, nodes: readonly string[]): void {
  const scale = 10;
  nodes.forEach((node, index) => {
    const r = scale * Math.sqrt(index + 0.5);
    graph.mergeNodeAttributes(node, { x: r * Math.cos(index * GOLDEN_ANGLE), y: r * Math.sin(index * GOLDEN_ANGLE) });
  });
}

/** The median length of (up to 500) edges between nodes already placed. */
function typicalEdgeLength(graph: ExplorerGraph, unplaced: ReadonlySet<string>): number {
  const lengths: number[] = [];
  graph.forEachEdge((_edge, _attributes, source, target, s, t) => {
    if (lengths.length < 500 && !unplaced.has(source) && !unplaced.has(target)) {
      lengths.push(Math.hypot(s.x - t.x, s.y - t.y));
    }
  });
  if (lengths.length === 0) return 20;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)] ?? 20;
}

/** The direction pointing away from the rest of the graph, so new nodes land in free space. */
function outwardAngle(graph: ExplorerGraph, anchor: string, unplaced: ReadonlySet<string>): number {
  const { x, y } = graph.getNodeAttributes(anchor);
  let dx = 0;
  let dy = 0;
  graph.forEachNode((key, attributes) => {
    if (key === anchor || unplaced.has(key)) return;
    const distance = Math.hypot(attributes.x - x, attributes.y - y) || 1;
    dx += (x - attributes.x) / distance;
    dy += (y - attributes.y) / distance;
  });
  return dx === 0 && dy === 0 ? 0 : Math.atan2(dy, dx);
}

function average(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
}
