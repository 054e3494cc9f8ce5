// What to tell a person whose answer is too big to draw node by node: one sentence, used wherever that happens.
export const NARROW_DOWN =
  'search for one of them and expand it, or run a narrower query (a WHERE on a property, a smaller LIMIT).';
