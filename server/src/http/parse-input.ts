// Validates a request's query string, path parameters or body with a zod schema; a bad value answers 400 BAD_REQUEST
// naming the parameter, what was expected and what came.
import type { z } from 'zod';
import { BadRequestError } from '../errors/app-errors';

export type InputPlace = 'query parameter' | 'path parameter' | 'body field';

export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  place: InputPlace,
): z.output<Schema> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const name = issue.path.map(String).join('.');
    const got = valueAt(input, issue.path);
    const shown = got === undefined ? '' : ` (got ${truncate(JSON.stringify(got))})`;
    return name ? `${place} "${name}" ${issue.message}${shown}` : `${issue.message}${shown}`;
  });
  throw new BadRequestError(`Bad request: ${problems.join('; ')}.`);
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function truncate(text: string | undefined): string {
  if (text === undefined) return 'nothing';
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
