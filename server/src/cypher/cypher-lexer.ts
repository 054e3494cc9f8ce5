// The one Cypher tokenizer: the read-only guard and the loader's statement splitter both use it. It splits Cypher
// text into tokens the way Neo4j reads it — strings, backtick-quoted names and comments are single tokens or skipped
// — so checks for keywords, semicolons and procedure names are never fooled by a `;` inside a string or a keyword
// hidden in a comment.

export type TokenKind = 'word' | 'quoted-name' | 'string' | 'number' | 'parameter' | 'symbol' | 'semicolon';

export interface CypherToken {
  kind: TokenKind;
  /** The word, symbol or number as written; for quoted names and strings, their content without quotes. */
  text: string;
  /** Upper-case `text` of words, for keyword comparisons. */
  upper: string;
  offset: number;
  /** Offset just after the token as written (after the closing quote of a string or name). */
  end: number;
}

const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_]/u;
const DIGIT = /[0-9]/;

export function tokenizeCypher(text: string): CypherToken[] {
  const tokens: CypherToken[] = [];
  let i = 0;
  const push = (kind: TokenKind, value: string, offset: number, end: number): void => {
    tokens.push({ kind, text: value, upper: kind === 'word' ? value.toUpperCase() : value, offset, end });
  };
  while (i < text.length) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end + 1;
    } else if (ch === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else if (ch === "'" || ch === '"') {
      const [value, end] = readString(text, i, ch);
      push('string', value, i, end);
      i = end;
    } else if (ch === '`') {
      const [value, end] = readQuotedName(text, i);
      push('quoted-name', value, i, end);
      i = end;
    } else if (ch === '$') {
      let end = i + 1;
      if (text[end] === '`') end = readQuotedName(text, end)[1];
      else while (end < text.length && WORD_PART.test(text[end]!)) end += 1;
      push('parameter', text.slice(i, end), i, end);
      i = end;
    } else if (WORD_START.test(ch)) {
      let end = i + 1;
      while (end < text.length && WORD_PART.test(text[end]!)) end += 1;
      push('word', text.slice(i, end), i, end);
      i = end;
    } else if (DIGIT.test(ch)) {
      let end = i + 1;
      while (end < text.length && /[0-9a-zA-Z_.]/.test(text[end]!)) {
        if (text[end] === '.' && text[end + 1] === '.') break; // a range `1..5`
        end += 1;
      }
      push('number', text.slice(i, end), i, end);
      i = end;
    } else if (ch === ';') {
      push('semicolon', ch, i, i + 1);
      i += 1;
    } else {
      push('symbol', ch, i, i + 1);
      i += 1;
    }
  }
  return tokens;
}

/** A string literal: backslash escapes the next character. An unterminated string runs to the end, as for Neo4j. */
function readString(text: string, start: number, quote: string): [string, number] {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length) {
      value += text[i + 1];
      i += 2;
    } else if (ch === quote) {
      return [value, i + 1];
    } else {
      value += ch;
      i += 1;
    }
  }
  return [value, i];
}

/** A backtick-quoted name: a doubled backtick stands for one backtick. */
function readQuotedName(text: string, start: number): [string, number] {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '`') {
      if (text[i + 1] === '`') {
        value += '`';
        i += 2;
        continue;
      }
      return [value, i + 1];
    }
    value += text[i];
    i += 1;
  }
  return [value, i];
}
