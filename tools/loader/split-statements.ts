// Splits a Cypher script into statements at `;`, using the server's Cypher tokenizer (the one the read-only guard
// uses), so semicolons inside strings, quoted names and comments never split; remembers the line each statement
// starts on so errors can point into the file.
import { tokenizeCypher } from '../../server/src/cypher/cypher-lexer';

export interface CypherStatement {
  text: string;
  /** 1-based line in the script where the statement's first non-blank character is. */
  line: number;
}

export function splitStatements(script: string): CypherStatement[] {
  const statements: CypherStatement[] = [];
  let start = 0;
  let hasTokens = false;
  const push = (end: number): void => {
    // A part with no tokens holds only blanks and comments: nothing to run.
    if (hasTokens) {
      const raw = script.slice(start, end);
      const leading = raw.length - raw.trimStart().length;
      statements.push({ text: raw.trim(), line: lineAt(script, start + leading) });
    }
  };
  for (const token of tokenizeCypher(script)) {
    if (token.kind !== 'semicolon') {
      hasTokens = true;
      continue;
    }
    push(token.offset);
    start = token.offset + 1;
    hasTokens = false;
  }
  push(script.length);
  return statements;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (text[i] === '\n') line += 1;
  return line;
}
