// The text checks of the read-only sandbox: statements, comments, strings, USE, IN TRANSACTIONS and procedure names.
import { describe, expect, it } from 'vitest';
import { tokenizeCypher } from '../../server/src/cypher/cypher-lexer';
import { checkQueryText } from '../../server/src/cypher/lexical-guard';
import { BadRequestError, ReadOnlyError } from '../../server/src/errors/app-errors';

describe('the Cypher tokenizer', () => {
  it('keeps strings, quoted names and parameters whole and skips comments', () => {
    const tokens = tokenizeCypher(
      "MATCH (n) // a; comment\nWHERE n.x = 'a;\\'b' /* ; */ RETURN n AS `we;ird``name`, $p",
    );
    expect(tokens.map((t) => [t.kind, t.text])).toEqual([
      ['word', 'MATCH'],
      ['symbol', '('],
      ['word', 'n'],
      ['symbol', ')'],
      ['word', 'WHERE'],
      ['word', 'n'],
      ['symbol', '.'],
      ['word', 'x'],
      ['symbol', '='],
      ['string', "a;'b"],
      ['word', 'RETURN'],
      ['word', 'n'],
      ['word', 'AS'],
      ['quoted-name', 'we;ird`name'],
      ['symbol', ','],
      ['parameter', '$p'],
    ]);
  });

  it('reads ranges and numbers apart', () => {
    expect(tokenizeCypher('[1..5]').map((t) => t.text)).toEqual(['[', '1', '.', '.', '5', ']']);
  });
});

describe('checkQueryText', () => {
  it.each([
    'MATCH (n) RETURN n',
    'MATCH (n) RETURN n;',
    'MATCH (n) RETURN n ; ;',
    "RETURN 'a; CREATE (n)' AS s",
    'RETURN {use: 1} AS m',
    'MATCH (use:Person) RETURN use',
    'CALL db.labels()',
    'CALL db.index.fulltext.queryNodes("entity_search", "x") YIELD node RETURN node',
    'CALL { MATCH (n) RETURN n } RETURN n',
    'MATCH (n) CALL (n) { RETURN 1 AS one } RETURN one',
    'CYPHER 5 runtime=slotted MATCH (n) RETURN n',
    'RETURN point.distance(point({x: 1, y: 1}), point({x: 2, y: 2})) AS d',
    'MATCH (n) WHERE n.id IN $ids RETURN n',
  ])('lets %s through', (query) => {
    expect(() => checkQueryText(query)).not.toThrow();
  });

  it('strips a trailing semicolon', () => {
    expect(checkQueryText('RETURN 1;')).toBe('RETURN 1');
  });

  it.each([
    ['RETURN 1; RETURN 2', BadRequestError, /one Cypher statement/],
    ["RETURN ';' AS a; MATCH (n) DELETE n", BadRequestError, /one Cypher statement/],
    ['RETURN 1 AS `;`; MATCH (n) DELETE n', BadRequestError, /one Cypher statement/],
    ['// only a comment', BadRequestError, /empty/],
    ['EXPLAIN MATCH (n) RETURN n', BadRequestError, /without EXPLAIN/],
    ['CYPHER 5 PROFILE MATCH (n) RETURN n', BadRequestError, /without PROFILE/],
    ['USE system SHOW USERS', ReadOnlyError, /USE is not allowed/],
    ['use   `system` MATCH (n) RETURN n', ReadOnlyError, /USE is not allowed/],
    ['CALL { USE other MATCH (n) RETURN n } RETURN n', ReadOnlyError, /USE is not allowed/],
    ['MATCH (n) RETURN n UNION ALL USE other MATCH (n) RETURN n', ReadOnlyError, /USE is not allowed/],
    ['CALL { CREATE (n) } IN TRANSACTIONS', ReadOnlyError, /IN TRANSACTIONS/],
    ['CALL {\n CREATE (n)\n} in  /* x */ transactions OF 10 ROWS', ReadOnlyError, /IN TRANSACTIONS/],
    ['CALL dbms.components()', ReadOnlyError, /dbms\.components is not allowed/],
    ['call `dbms`.`components`()', ReadOnlyError, /dbms\.components is not allowed/],
    ['CALL db.createLabel("X")', ReadOnlyError, /db\.createLabel is not allowed/],
    ['MATCH (n) CALL apoc.do.it(n) YIELD value RETURN value', ReadOnlyError, /apoc\.do\.it is not allowed/],
    ['RETURN apoc.text.join(["a"], ",")', ReadOnlyError, /apoc\.text\.join is not allowed/],
    ['RETURN dbms.anything() AS x', ReadOnlyError, /functions reach outside/],
  ])('refuses %s', (query, errorClass, message) => {
    expect(() => checkQueryText(query)).toThrow(errorClass);
    expect(() => checkQueryText(query)).toThrow(message);
  });
});
