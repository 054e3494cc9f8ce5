// Turns the text a user typed into a saved query's form into typed parameter values, with messages for bad input.
import type { ParamType, SavedQueryParam as QueryParam } from '../../api/api-contract';

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
      if (!/^-?\d+$/.test(text)) return { ok: false, message: `${name} needs a whole number, such as 10.` };
      // Beyond this a JSON number no longer holds the digits typed: refuse rather than send a rounded value.
      return Number.isSafeInteger(Number(text))
        ? { ok: true, value: Number(text) }
        : {
            ok: false,
            message: `${name} needs a whole number between -${Number.MAX_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}.`,
          };
    case 'float':
      // Decimal notation only: Number() would also take "0x10", "0b1" or "Infinity".
      return /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) && Number.isFinite(Number(text))
        ? { ok: true, value: Number(text) }
        : { ok: false, message: `${name} needs a number, such as 2.5.` };
    case 'boolean': {
      const lower = text.toLowerCase();
      return lower === 'true' || lower === 'false'
        ? { ok: true, value: lower === 'true' }
        : { ok: false, message: `${name} needs true or false.` };
    }
    case 'date':
      return isCalendarDate(text)
        ? { ok: true, value: text }
        : { ok: false, message: `${name} needs a date as YYYY-MM-DD.` };
  }
}

/** YYYY-MM-DD naming a day that exists: Date.parse alone takes 2024-02-30 for 1 March. */
function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(text);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
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
