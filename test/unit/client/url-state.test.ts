// What the address holds (query, parameters, selected node, camera): written so a shared link restores the view,
// and read back without ever throwing, falling back to the overview for anything malformed.
import { describe, expect, it } from 'vitest';
import { INITIAL_QUERY } from '../../../client/src/core/queries/current-query';
import { parseUrlState, serializeUrlState, type UrlState } from '../../../client/src/core/url/url-state';

describe('serializeUrlState and parseUrlState', () => {
  it('round-trip a saved query with its parameters, the selected node and the camera', () => {
    const state: UrlState = {
      query: { type: 'saved', id: 'claims-about', params: { about: 'place:kursk-region', limit: 25, verified: true } },
      selection: 'person:pat-ryder',
      camera: { x: 0.5, y: -0.25, ratio: 1.5 },
    };

    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
  });

  it('round-trip Cypher text with quotes, ampersands, equals signs, line breaks and non-Latin letters', () => {
    const query = "MATCH (p:Person {name: 'Зеленський & co'})\nWHERE p.x = $x + 1\nRETURN p // 100%";
    const state: UrlState = { query: { type: 'cypher', query, params: { x: 2 } }, selection: null, camera: null };

    const search = serializeUrlState(state);

    expect(search.startsWith('?cypher=')).toBe(true);
    expect(parseUrlState(search)).toEqual(state);
  });

  it('write only what is set: no params, node or camera when there are none', () => {
    expect(serializeUrlState({ query: INITIAL_QUERY, selection: null, camera: null })).toBe('?query=overview');
  });

  it('round the camera to four decimals so addresses stay short', () => {
    const search = serializeUrlState({
      query: INITIAL_QUERY,
      selection: null,
      camera: { x: 0.123456789, y: 2 / 3, ratio: 0.000049 },
    });

    expect(new URLSearchParams(search).get('camera')).toBe('0.1235,0.6667,0');
  });
});

describe('parseUrlState', () => {
  it('reads an empty address as the overview with nothing selected and no camera', () => {
    expect(parseUrlState('')).toEqual({ query: INITIAL_QUERY, selection: null, camera: null });
    expect(parseUrlState('?')).toEqual({ query: INITIAL_QUERY, selection: null, camera: null });
  });

  it('prefers Cypher text over a saved query id when an address has both', () => {
    const state = parseUrlState('?query=overview&cypher=RETURN%201');

    expect(state.query).toEqual({ type: 'cypher', query: 'RETURN 1', params: {} });
  });

  it('reads the parameters for a saved query and ignores them without a query', () => {
    const params = encodeURIComponent(JSON.stringify({ from: '2024-12-01' }));

    expect(parseUrlState(`?query=claims-by-date&params=${params}`).query).toEqual({
      type: 'saved',
      id: 'claims-by-date',
      params: { from: '2024-12-01' },
    });
    expect(parseUrlState(`?params=${params}`).query).toEqual(INITIAL_QUERY);
  });

  it('drops parameters that are not a JSON object but keeps the query', () => {
    for (const params of ['{not json', '[1,2]', 'null', '42', '"text"', 'true']) {
      const state = parseUrlState(`?query=overview&params=${encodeURIComponent(params)}`);
      expect(state.query, params).toEqual({ type: 'saved', id: 'overview', params: {} });
    }
  });

  it('drops a camera that is not three finite numbers with a positive zoom ratio', () => {
    for (const camera of ['abc', '1,2', '1,2,3,4', '1,2,0', '1,2,-1', '1,NaN,1', 'Infinity,0,1', ',,1', '1,,1', '']) {
      expect(parseUrlState(`?camera=${encodeURIComponent(camera)}`).camera, camera).toBeNull();
    }
  });

  it('reads a well-formed camera, negative coordinates and exponents included', () => {
    expect(parseUrlState('?camera=-0.5,12,2e-2').camera).toEqual({ x: -0.5, y: 12, ratio: 0.02 });
  });

  it('treats an empty node as no selection', () => {
    expect(parseUrlState('?node=').selection).toBeNull();
    expect(parseUrlState('?node=place%3Avorozhba').selection).toBe('place:vorozhba');
  });

  it('survives broken percent-encoding and unknown keys without throwing', () => {
    const state = parseUrlState('?node=%E0%A4%A&query=%ZZ&camera=%&utm_source=x&params=%7B');

    expect(state.camera).toBeNull();
    expect(state.query).toEqual({ type: 'saved', id: '%ZZ', params: {} });
    expect(typeof state.selection).toBe('string');
  });
});

describe('the whole view in the address', () => {
  it('round-trips expanded nodes in order, hidden labels and relationship types, and the date range', () => {
    const state: UrlState = {
      query: { type: 'saved', id: 'overview', params: {} },
      selection: 'agency:gur',
      camera: null,
      expanded: ['person:pat-ryder', 'agency:gur'],
      filters: {
        hiddenLabels: new Set(['Article', 'Place']),
        hiddenTypes: new Set(['MENTIONS']),
        from: '2024-12-01',
        to: '2024-12-31',
      },
    };

    const search = serializeUrlState(state);

    expect(search).toBe(
      '?query=overview&expand=person%3Apat-ryder%2Cagency%3Agur&hide=Article%2CPlace&hideRel=MENTIONS' +
        '&from=2024-12-01&to=2024-12-31&node=agency%3Agur',
    );
    expect(parseUrlState(search)).toEqual(state);
  });

  it('drops repeated ids, blank items and dates that are not YYYY-MM-DD', () => {
    const state = parseUrlState('?expand=a:1,,a:1,b:2&hide=,&from=yesterday&to=2024-12-31');

    expect(state.expanded).toEqual(['a:1', 'b:2']);
    expect(state.filters).toEqual({ hiddenLabels: new Set(), hiddenTypes: new Set(), from: null, to: '2024-12-31' });
  });
});
