// A small, fast, seeded generator of uniform numbers in [0, 1) (mulberry32), so synthetic graphs are the same on
// every run and in every process that builds them (Node for Neo4j, the browser for the render bench).

export function seededRandom(seed: number): () => number {
  let state = (seed * 0x9e3779b1) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
