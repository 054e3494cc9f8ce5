// Turns the text a user typed into a saved query's form into typed parameter values, with messages for bad input.
import type { ParamType, QueryParam } from '../../api/api-types';

export type ParamParse = { ok: true; value: unknown } | { ok: false; message: string };

export function parseParamValue(param: QueryParam, raw: string | boolean): ParamParse {
  if (typeof raw === 'boolean') return { ok: true, value: raw };
  const text = raw.trim();
  if (text === '') {
    return param.required ? { ok: false, message: `${param.name} is required.` } : { ok: true, value: undefined };
  }
  return parseTyped(param.type, text, param.name);
}

function parseTyped(type: ParamType, text: string, name: string): ParamParse {
  switch (type) {
    case 'string':
    case 'id':
      return { ok: true, value: text };
    case 'integer':
      return /^-?\d+$/.test(text)
        ? { ok: true, value: Number(text) }
        : { ok: false, message: `${name} needs a whole number, such as 10.` };
    case 'float':
      return Number.isFinite(Number(text))
        ? { ok: true, value: Number(text) }
        : { ok: false, message: `${name} needs a number, such as 2.5.` };
    case 'boolean':
      return { ok: true, value: text === 'true' };
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text))
        ? { ok: true, value: text }
        : { ok: false, message: `${name} needs a date as YYYY-MM-DD.` };
  }
}

/** Parses every field; answers the values (absent optional ones left out) or the first problems found. */
export function parseParams(
  params: readonly QueryParam[],
  raw: Record<string, string | boolean>,
): { ok: true; values: Record<string, unknown> } | { ok: false; errors: Record<string, string> } {
  const values: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const param of params) {
    const parsed = parseParamValue(param, raw[param.name] ?? '');
    if (!parsed.ok) errors[param.name] = parsed.message;
    else if (parsed.value !== undefined) values[param.name] = parsed.value;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, values };
}

/** `$name` parameters used in a Cypher text, in order of first use. */
export function cypherParameterNames(cypher: string): string[] {
  return [...new Set([...cypher.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]!))];
}
