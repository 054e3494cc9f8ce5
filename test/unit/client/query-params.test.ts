// Turning what a person typed into a saved query's form into typed parameters, with a message that says what to type
// when the input does not fit; and finding the `$parameters` of a Cypher text.
import { describe, expect, it } from 'vitest';
import type { ParamType, SavedQueryParam as QueryParam } from '../../../client/src/api/api-contract';
import { cypherParameterNames, parseParams, parseParamValue } from '../../../client/src/core/queries/param-values';

function param(name: string, type: ParamType, required = true): QueryParam {
  return { name, type, default: null, required };
}

describe('parseParamValue', () => {
  it('reads whole numbers, negative ones included, as integers', () => {
    expect(parseParamValue(param('limit', 'integer'), '25')).toEqual({ ok: true, value: 25 });
    expect(parseParamValue(param('offset', 'integer'), ' -3 ')).toEqual({ ok: true, value: -3 });
  });

  it('rejects decimals, exponents and words for an integer with an example of what fits', () => {
    for (const text of ['2.5', '1e3', 'ten', '0x10', '5 people']) {
      expect(parseParamValue(param('limit', 'integer'), text), text).toEqual({
        ok: false,
        message: 'limit needs a whole number, such as 10.',
      });
    }
  });

  it('rejects an integer too large to send exactly instead of silently rounding it', () => {
    const parsed = parseParamValue(param('limit', 'integer'), '12345678901234567890');

    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toMatch(/^limit .*9007199254740991/);
    expect(parseParamValue(param('limit', 'integer'), '9007199254740991')).toEqual({
      ok: true,
      value: Number.MAX_SAFE_INTEGER,
    });
  });

  it('reads decimals and whole numbers as floats and rejects what is not a finite number', () => {
    expect(parseParamValue(param('ratio', 'float'), '2.5')).toEqual({ ok: true, value: 2.5 });
    expect(parseParamValue(param('ratio', 'float'), '-0.75')).toEqual({ ok: true, value: -0.75 });
    expect(parseParamValue(param('ratio', 'float'), '3')).toEqual({ ok: true, value: 3 });
    expect(parseParamValue(param('ratio', 'float'), '1.5e3')).toEqual({ ok: true, value: 1500 });
    expect(parseParamValue(param('ratio', 'float'), '.5')).toEqual({ ok: true, value: 0.5 });
    for (const text of ['two', 'Infinity', '1,5', 'NaN', '0x10', '0b1', '1e400', '.']) {
      expect(parseParamValue(param('ratio', 'float'), text), text).toEqual({
        ok: false,
        message: 'ratio needs a number, such as 2.5.',
      });
    }
  });

  it('takes a checkbox’s true or false as it is', () => {
    expect(parseParamValue(param('verified', 'boolean'), true)).toEqual({ ok: true, value: true });
    expect(parseParamValue(param('verified', 'boolean'), false)).toEqual({ ok: true, value: false });
  });

  it('reads typed booleans in any case and rejects anything else instead of taking it as false', () => {
    expect(parseParamValue(param('verified', 'boolean'), 'true')).toEqual({ ok: true, value: true });
    expect(parseParamValue(param('verified', 'boolean'), 'FALSE')).toEqual({ ok: true, value: false });
    expect(parseParamValue(param('verified', 'boolean'), 'True')).toEqual({ ok: true, value: true });
    for (const text of ['yes', '1', 'banana']) {
      expect(parseParamValue(param('verified', 'boolean'), text), text).toEqual({
        ok: false,
        message: 'verified needs true or false.',
      });
    }
  });

  it('reads calendar dates written as YYYY-MM-DD, leap days included', () => {
    expect(parseParamValue(param('from', 'date'), '2024-12-16')).toEqual({ ok: true, value: '2024-12-16' });
    expect(parseParamValue(param('from', 'date'), '2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
  });

  it('rejects other date formats and days that do not exist', () => {
    for (const text of [
      '16/12/2024',
      '2024-12-16T10:00',
      '2024-1-5',
      '2024-13-01',
      '2024-02-30',
      '2023-02-29',
      '2024-04-31',
    ]) {
      expect(parseParamValue(param('from', 'date'), text), text).toEqual({
        ok: false,
        message: 'from needs a date as YYYY-MM-DD.',
      });
    }
  });

  it('takes strings and node ids as typed, without the spaces around them', () => {
    expect(parseParamValue(param('q', 'string'), '  Kursk offensive ')).toEqual({ ok: true, value: 'Kursk offensive' });
    expect(parseParamValue(param('node', 'id'), 'person:pat-ryder')).toEqual({ ok: true, value: 'person:pat-ryder' });
  });

  it('asks for a required value left blank and leaves out an optional one', () => {
    expect(parseParamValue(param('about', 'id'), '   ')).toEqual({ ok: false, message: 'about is required.' });
    expect(parseParamValue(param('limit', 'integer', false), '')).toEqual({ ok: true, value: undefined });
  });
});

describe('parseParams', () => {
  const params = [param('about', 'id'), param('from', 'date', false), param('limit', 'integer', false)];

  it('answers the typed values and leaves out optional fields left blank', () => {
    expect(parseParams(params, { about: 'place:kursk-region', from: '', limit: '10' })).toEqual({
      ok: true,
      values: { about: 'place:kursk-region', limit: 10 },
    });
  });

  it('answers a message for every field that does not fit, keyed by field name', () => {
    expect(parseParams(params, { about: '', from: 'yesterday', limit: '10' })).toEqual({
      ok: false,
      errors: { about: 'about is required.', from: 'from needs a date as YYYY-MM-DD.' },
    });
  });

  it('treats a field missing from the form as blank', () => {
    expect(parseParams(params, {})).toEqual({ ok: false, errors: { about: 'about is required.' } });
    expect(parseParams([], {})).toEqual({ ok: true, values: {} });
  });
});

describe('cypherParameterNames', () => {
  it('lists each $parameter once, in order of first use', () => {
    const cypher =
      'MATCH (c:Claim)-[:ABOUT]->(p {id: $about}) WHERE c.date >= $from AND c.date <= $to_date OR p.id = $about';

    expect(cypherParameterNames(cypher)).toEqual(['about', 'from', 'to_date']);
  });

  it('finds nothing in Cypher without parameters, and ignores a lone dollar sign or a leading digit', () => {
    expect(cypherParameterNames('MATCH (n) RETURN n LIMIT 5')).toEqual([]);
    expect(cypherParameterNames("RETURN '$' AS sign, $1 AS positional")).toEqual([]);
  });
});
