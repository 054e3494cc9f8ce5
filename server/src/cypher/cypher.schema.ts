// The body of POST /api/cypher: one Cypher statement and its parameters, bounded in size.
import { z } from 'zod';

export const PARAMETER_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** The Cypher text of a request: one statement, trimmed, not empty, at most `maxQueryLength` characters. */
export function cypherTextSchema(maxQueryLength: number, missing: string) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, 'must not be empty')
    .max(maxQueryLength, `must be at most ${maxQueryLength} characters long`);
}

export function cypherBodySchema(maxQueryLength: number) {
  return z.object(
    {
      query: cypherTextSchema(maxQueryLength, 'must be a string of Cypher'),
      params: z
        .record(z.string().regex(PARAMETER_NAME), z.unknown(), {
          error: (issue) =>
            issue.code === 'invalid_key'
              ? 'must be a parameter name: letters, digits and _, not starting with a digit'
              : 'must be an object of parameter values, e.g. {"id": "person:pat-ryder"}',
        })
        .default({}),
    },
    { error: 'The body must be a JSON object like {"query": "MATCH (n) RETURN n LIMIT 5", "params": {}}' },
  );
}

/** A request body as a caller writes it (before defaults). */
export type CypherRequest = z.input<ReturnType<typeof cypherBodySchema>>;
