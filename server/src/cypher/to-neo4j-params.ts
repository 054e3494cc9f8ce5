// Turns JSON request parameters into Neo4j parameters: whole numbers become Neo4j integers (so `LIMIT $n` and
// integer comparisons work as people expect), everything else passes as it came. Values are always sent as
// parameters, never spliced into the query text.
import neo4j from 'neo4j-driver';

export function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, toNeo4jValue(value)]));
}

/** The one conversion of a whole number to a Neo4j integer (saved queries' integer parameters use it too). */
export function toNeo4jInteger(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(value);
}

function toNeo4jValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return toNeo4jInteger(value);
  if (Array.isArray(value)) return value.map(toNeo4jValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toNeo4jValue(item)]));
  }
  return value;
}
