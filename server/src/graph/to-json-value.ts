// Converts Neo4j values to plain JSON: integers to numbers (strings beyond 2^53, never silently wrong),
// temporal values to ISO strings, points to objects; graph entities are handled by the graph collector.
import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isPoint, isTime } from 'neo4j-driver';

export function toJsonScalar(value: unknown): unknown {
  // Strings, numbers and booleans (most property values) are JSON already: no need for the six temporal checks.
  if (value === null || (typeof value !== 'object' && typeof value !== 'bigint')) return value;
  if (neo4j.isInt(value)) {
    return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : neo4j.integer.toString(value);
  }
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (
    isDate(value as object) ||
    isDateTime(value as object) ||
    isLocalDateTime(value as object) ||
    isLocalTime(value as object) ||
    isTime(value as object) ||
    isDuration(value as object)
  ) {
    return String(value);
  }
  if (isPoint(value as object)) {
    const point = value as { srid: unknown; x: number; y: number; z?: number };
    return { srid: toJsonScalar(point.srid), x: point.x, y: point.y, ...(point.z === undefined ? {} : { z: point.z }) };
  }
  return value;
}

/**
 * Converts a property map in place and answers it. The driver decodes a new map for every node, relationship and
 * map value of every record, so nobody else holds it; most values (strings, floats, booleans) stay as they are, and
 * a large result no longer allocates a second copy of every map (garbage collection was a quarter of a large query's
 * time in the proxy).
 */
export function toJsonProperties(properties: Record<string, unknown>): Record<string, unknown> {
  for (const key of Object.keys(properties)) {
    const value = properties[key];
    if (isJsonAlready(value)) continue;
    // A property may be called `__proto__` (with backticks); assigning it would replace the object's prototype.
    if (key === '__proto__') Object.defineProperty(properties, key, { value: toJsonValue(value) });
    else properties[key] = toJsonValue(value);
  }
  return properties;
}

function isJsonAlready(value: unknown): boolean {
  const type = typeof value;
  return type === 'string' || type === 'boolean' || type === 'number' || value === null;
}

/** Converts property values and the lists and maps a query projects (not nodes or relationships) to JSON. */
export function toJsonValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return toJsonProperties(value as Record<string, unknown>);
  }
  return toJsonScalar(value);
}
