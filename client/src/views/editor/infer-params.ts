// Describes the `$parameters` of an editor query for saving it: the type guessed from the value the user gave.
import type { ParamType, SavedQueryParam as QueryParam } from '../../api/api-contract';
import { cypherParameterNames } from '../../core/queries/param-values';
import { NODE_ID_PATTERN } from '../../../../server/src/graph/node-id';

export function inferParams(cypher: string, values: Record<string, unknown>): QueryParam[] {
  return cypherParameterNames(cypher).map((name) => {
    const value = values[name];
    const known = value !== undefined && value !== null && typeof value !== 'object';
    return {
      name,
      type: typeOf(value),
      default: known ? (value as string | number | boolean) : null,
      required: !known,
    };
  });
}

function typeOf(value: unknown): ParamType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'float';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return 'date';
  if (typeof value === 'string' && NODE_ID_PATTERN.test(value)) return 'id';
  return 'string';
}
