// Every file of cypher/queries/ parses, and the header format is checked with clear messages.
import { describe, expect, it } from 'vitest';
import { loadSavedQueries } from '../../server/src/queries/saved-query-catalog';
import { parseSavedQueryFile, SavedQueryFileError } from '../../server/src/queries/saved-query-file';

describe('the built-in saved queries', () => {
  it('are at least ten, each with a title, a description and Cypher', () => {
    const queries = [...loadSavedQueries().values()];
    expect(queries.length).toBeGreaterThanOrEqual(10);
    for (const query of queries) {
      expect(query.title, query.id).not.toBe('');
      expect(query.description, query.id).not.toBe('');
      expect(query.cypher, query.id).toMatch(/RETURN/);
      for (const param of query.params)
        expect(query.cypher, `${query.id} uses $${param.name}`).toContain(`$${param.name}`);
    }
  });
});

describe('parseSavedQueryFile', () => {
  it('reads the header: id, title, description and typed parameters with defaults', () => {
    const query = parseSavedQueryFile(
      'x.cypher',
      [
        '// @id claims-of',
        '// @title Claims of someone',
        '// @description All of them.',
        '// @param entityId id required — the claimant, e.g. person:pat-ryder',
        "// @param kind string = 'casualties'",
        '// @param limit integer = 10 — at most this many',
        'MATCH (c) RETURN c LIMIT $limit;',
      ].join('\n'),
    );
    expect(query).toEqual({
      id: 'claims-of',
      title: 'Claims of someone',
      description: 'All of them.',
      source: 'builtin',
      cypher: 'MATCH (c) RETURN c LIMIT $limit',
      params: [
        {
          name: 'entityId',
          type: 'id',
          default: null,
          required: true,
          description: 'the claimant, e.g. person:pat-ryder',
        },
        { name: 'kind', type: 'string', default: 'casualties', required: false },
        { name: 'limit', type: 'integer', default: 10, required: false, description: 'at most this many' },
      ],
    });
  });

  it('reads how long answers may be kept, and leaves it out when the file does not say', () => {
    expect(parseSavedQueryFile('x.cypher', '// @id a\n// @title T\n// @cache 60\nRETURN 1').cacheSeconds).toBe(60);
    expect(parseSavedQueryFile('x.cypher', '// @id a\n// @title T\nRETURN 1')).not.toHaveProperty('cacheSeconds');
  });

  it.each([
    ['// @title T\nRETURN 1', /needs a "\/\/ @id/],
    ['// @id Not-Kebab\n// @title T\nRETURN 1', /needs a "\/\/ @id/],
    ['// @id a\nRETURN 1', /needs a "\/\/ @title/],
    ['// @id a\n// @title T\n', /has no Cypher/],
    ['// @id a\n// @title T\n// @param x node\nRETURN 1', /bad @param "x node"/],
    ['// @id a\n// @title T\n// @param n integer = many\nRETURN 1', /default "many" is not a number/],
    ['// @id a\n// @title T\n// @cache soon\nRETURN 1', /bad @cache "soon"/],
    ['// @id a\n// @title T\n// @cache 0\nRETURN 1', /bad @cache "0"/],
  ])('refuses a malformed file with its name and the fix', (text, message) => {
    expect(() => parseSavedQueryFile('bad.cypher', text)).toThrow(SavedQueryFileError);
    expect(() => parseSavedQueryFile('bad.cypher', text)).toThrow(message);
  });
});
