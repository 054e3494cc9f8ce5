// Checks run parameters against a saved query's typed parameters before anything reaches Neo4j.
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { BadRequestError } from '../errors/app-errors';
import type { ParamType, SavedQuery } from './queries.schema';

const validators: Record<ParamType, z.ZodType> = {
  string: z.string().max(1_000),
  id: z.string().regex(/^[a-z]+:[\w.-]+$/, 'must be a node id such as person:pat-ryder'),
  integer: z.coerce.number().int().min(-1e12).max(1e12),
  float: z.coerce.number().finite(),
  boolean: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2024-12-16'),
};

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
        throw new BadRequestError(`Parameter "${param.name}" (${param.type}) is required for query "${query.id}".`);
      }
      values[param.name] =
        param.type === 'integer' && param.default !== null ? neo4j.int(Number(param.default)) : param.default;
      continue;
    }
    const parsed = validators[param.type].safeParse(raw);
    if (!parsed.success) {
      const reason = parsed.error.issues[0]?.message ?? 'invalid value';
      throw new BadRequestError(
        `Parameter "${param.name}" must be ${param.type}: ${reason} (got ${JSON.stringify(raw)}).`,
      );
    }
    // Integers go to Neo4j as Integer so `LIMIT $limit` accepts them.
    values[param.name] = param.type === 'integer' ? neo4j.int(parsed.data as number) : parsed.data;
  }
  return values;
}
