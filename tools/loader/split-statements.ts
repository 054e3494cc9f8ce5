// Splits a Cypher script into statements at `;`, ignoring semicolons inside strings, identifiers and comments,
// and remembers the line each statement starts on so errors can point into the file.

export interface CypherStatement {
  text: string;
  /** 1-based line in the script where the statement's first non-blank character is. */
  line: number;
}

export function splitStatements(script: string): CypherStatement[] {
  const statements: CypherStatement[] = [];
  let start = 0;
  let i = 0;
  const push = (end: number): void => {
    const raw = script.slice(start, end);
    if (stripComments(raw).trim()) {
      const leading = raw.length - raw.trimStart().length;
      statements.push({ text: raw.trim(), line: lineAt(script, start + leading) });
    }
  };
  while (i < script.length) {
    const ch = script[i];
    const next = script[i + 1];
    if (ch === '/' && next === '/') {
      i = indexOrEnd(script, '\n', i);
    } else if (ch === '/' && next === '*') {
      i = indexOrEnd(script, '*/', i + 2) + 2;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      i = skipQuoted(script, i, ch);
    } else if (ch === ';') {
      push(i);
      start = i + 1;
      i += 1;
    } else {
      i += 1;
    }
  }
  push(script.length);
  return statements;
}

function skipQuoted(script: string, openAt: number, quote: string): number {
  let i = openAt + 1;
  while (i < script.length) {
    if (script[i] === '\\' && quote !== '`') i += 2;
    else if (script[i] === quote) return i + 1;
    else i += 1;
  }
  return i;
}

function indexOrEnd(text: string, needle: string, from: number): number {
  const at = text.indexOf(needle, from);
  return at === -1 ? text.length : at;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (text[i] === '\n') line += 1;
  return line;
}

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
}
