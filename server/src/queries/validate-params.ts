// Checks run parameters against a saved query's typed parameters before anything reaches Neo4j.
import { z } from 'zod';
import { toNeo4jInteger } from '../cypher/to-neo4j-params';
import { BadRequestError } from '../errors/app-errors';
import { NODE_ID_PATTERN } from '../graph/node-id';
import { isoDateSchema } from '../http/iso-date';
import type { ParamType, SavedQuery, SavedQueryParam } from './queries.schema';

const validators: Record<ParamType, z.ZodType> = {
  string: z.string().max(1_000, 'must be at most 1000 characters'),
  id: z.string().regex(NODE_ID_PATTERN, 'must be a node id such as person:pat-ryder'),
  integer: z.coerce.number().int('must be a whole number').min(-1e12).max(1e12),
  float: z.coerce.number().finite('must be a number'),
  boolean: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]),
  date: isoDateSchema,
};

/** Checks one value against a parameter type; returns the reason when it does not fit. */
export function checkParamValue(
  type: ParamType,
  value: unknown,
): { ok: true; value: unknown } | { ok: false; reason: string } {
  const parsed = validators[type].safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, reason: parsed.error.issues[0]?.message ?? `must be ${type}` };
}

export function validateParams(query: SavedQuery, given: Record<string, unknown>): Record<string, unknown> {
  const unknownNames = Object.keys(given).filter((name) => !query.params.some((p) => p.name === name));
  if (unknownNames.length > 0) {
    throw new BadRequestError(
      `Unknown parameter ${unknownNames.join(', ')} for query "${query.id}"; ` +
        `it takes ${query.params.map((p) => p.name).join(', ') || 'no parameters'}.`,
    );
  }
  const values: Record<string, unknown> = {};
  for (const param of query.params) {
    const raw = given[param.name] === '' ? undefined : given[param.name];
    if (raw === undefined || raw === null) {
      if (param.required && param.default === null) {
        throw new BadRequestError(
          `Parameter "${param.name}" (${param.type}) is required for query "${query.id}"${hint(param)}.`,
        );
      }
      values[param.name] = toNeo4j(param.type, param.default);
      continue;
    }
    const checked = checkParamValue(param.type, raw);
    if (!checked.ok) {
      throw new BadRequestError(
        `Parameter "${param.name}" must be ${param.type}: ${checked.reason} (got ${JSON.stringify(raw)}).`,
      );
    }
    values[param.name] = toNeo4j(param.type, checked.value);
  }
  return values;
}

/** Integers go to Neo4j as Integer so `LIMIT $limit` and integer comparisons accept them. */
function toNeo4j(type: ParamType, value: unknown): unknown {
  return type === 'integer' && typeof value === 'number' ? toNeo4jInteger(value) : value;
}

function hint(param: SavedQueryParam): string {
  return param.description ? ` (${param.description})` : '';
}
