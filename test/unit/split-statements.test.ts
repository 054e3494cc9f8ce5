import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../tools/loader/split-statements';

describe('splitStatements', () => {
  it('splits a script at semicolons and records the line each statement starts on', () => {
    const script = "MERGE (a:Person {id: 'a'});\n\n// a comment\nMERGE (b:Person {id: 'b'})\nSET b.name = 'B';\n";
    expect(splitStatements(script)).toEqual([
      { text: "MERGE (a:Person {id: 'a'})", line: 1 },
      { text: "// a comment\nMERGE (b:Person {id: 'b'})\nSET b.name = 'B'", line: 3 },
    ]);
  });

  it('keeps semicolons inside strings, escaped quotes, backticks and comments', () => {
    const script = [
      "RETURN 'a;b', \"c;d\", 'it\\'s; fine' AS `x;y`;",
      '/* block; comment */ RETURN 1; // trailing; comment',
    ].join('\n');
    const statements = splitStatements(script);
    expect(statements.map((s) => s.text)).toEqual([
      "RETURN 'a;b', \"c;d\", 'it\\'s; fine' AS `x;y`",
      '/* block; comment */ RETURN 1',
    ]);
  });

  it('reads quoted names as the Cypher guard does: a doubled backtick does not end the name', () => {
    expect(splitStatements('RETURN 1 AS `a``;b`; RETURN 2').map((s) => s.text)).toEqual([
      'RETURN 1 AS `a``;b`',
      'RETURN 2',
    ]);
  });

  it('returns nothing for a script of only comments and blank lines', () => {
    expect(splitStatements('// nothing here\n\n/* or here */\n')).toEqual([]);
  });
});
