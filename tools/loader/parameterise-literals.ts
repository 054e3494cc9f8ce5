// Turns a curated Cypher statement into the text Neo4j sees most often: its literal values become parameters, its
// comments go and its whitespace shrinks to single spaces. The 726 data statements of the seed graph then have 63
// distinct texts instead of 726 (statement-batches.ts folds them further, to 26); Neo4j parses and plans each
// distinct text once and reuses the plan, and a cold JVM spends most of a load planning. The files stay as people wrote them (literals, comments, no parameters): only what
// is sent changes, and on any error the loader re-runs the file's original text so messages point into the file.
import neo4j from 'neo4j-driver';
import { tokenizeCypher, type CypherToken } from '../../server/src/cypher/cypher-lexer';

export interface ParameterisedStatement {
  text: string;
  params: Record<string, unknown>;
}

/** Prefix of the generated parameter names; curated scripts use no parameters of their own. */
export const LITERAL_PARAMETER_PREFIX = '_literal';

const SIMPLE_ESCAPES: Record<string, string> = { t: '\t', b: '\b', n: '\n', r: '\r', f: '\f', "'": "'", '"': '"' };
SIMPLE_ESCAPES['\\'] = '\\';

/** Tokens after which a value stands (`= 'x'`, `{id: 'x'}`, `['a', 'b']`, `f('x')`), not a name or a pattern. */
const VALUE_CONTEXT = new Set(['=', ':', ',', '(', '[', '+', '<', '>']);

/** A literal read from the statement: its value and the index of the token after it. */
interface Literal {
  value: unknown;
  next: number;
}

/** Returns the statement as sent: `$_literal0`, `$_literal1`, … for its literals, with their values. */
export function parameteriseLiterals(statement: string): ParameterisedStatement {
  const tokens = tokenizeCypher(statement);
  const params: Record<string, unknown> = {};
  const parts: string[] = [];
  let previousEnd = -1;
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    // Whatever lay between two tokens (spaces, line breaks, comments) becomes one space; nothing stays nothing.
    if (previousEnd >= 0 && token.offset > previousEnd) parts.push(' ');
    const literal = readLiteral(statement, tokens, index);
    if (literal) {
      const name = `${LITERAL_PARAMETER_PREFIX}${Object.keys(params).length}`;
      params[name] = literal.value;
      parts.push(`$${name}`);
      previousEnd = tokens[literal.next - 1]!.end;
      index = literal.next;
    } else {
      parts.push(statement.slice(token.offset, token.end));
      previousEnd = token.end;
      index += 1;
    }
  }
  return { text: parts.join(''), params };
}

/** The literal starting at `index` (a string, a number, true/false/null, or a list of those), if it can be a parameter. */
function readLiteral(statement: string, tokens: CypherToken[], index: number): Literal | undefined {
  const token = tokens[index]!;
  if (token.text === '[' && token.kind === 'symbol') return readList(statement, tokens, index);
  const value = scalarValue(statement, tokens, index);
  return value === undefined ? undefined : { value, next: index + 1 };
}

/** `[]` or `['a', 'b', 1]` in a value position: the whole list becomes one parameter. */
function readList(statement: string, tokens: CypherToken[], open: number): Literal | undefined {
  const before = tokens[open - 1];
  if (!before || before.kind !== 'symbol' || !VALUE_CONTEXT.has(before.text)) return undefined;
  const values: unknown[] = [];
  let index = open + 1;
  while (tokens[index]?.text !== ']') {
    const value = scalarValue(statement, tokens, index);
    if (value === undefined) return undefined;
    values.push(value);
    index += 1;
    if (tokens[index]?.text === ',') index += 1;
    else if (tokens[index]?.text !== ']') return undefined;
  }
  return { value: values, next: index + 1 };
}

function scalarValue(statement: string, tokens: CypherToken[], index: number): unknown {
  const token = tokens[index]!;
  if (token.kind === 'string') return unescapeString(statement.slice(token.offset + 1, token.end - 1));
  const before = tokens[index - 1];
  const inValuePosition = before?.kind === 'symbol' && VALUE_CONTEXT.has(before.text);
  if (token.kind === 'word' && inValuePosition) {
    if (token.upper === 'TRUE') return true;
    if (token.upper === 'FALSE') return false;
    if (token.upper === 'NULL') return null;
    return undefined;
  }
  if (token.kind !== 'number') return undefined;
  // Bounds of a variable-length pattern (`*1..3`) cannot be parameters.
  if (before?.text === '*' || before?.text === '.' || tokens[index + 1]?.text === '.') return undefined;
  if (/^\d+$/.test(token.text)) {
    const value = Number(token.text);
    return Number.isSafeInteger(value) ? neo4j.int(value) : undefined;
  }
  if (/^\d+\.\d+([eE][-+]?\d+)?$/.test(token.text)) return Number(token.text);
  return undefined;
}

/** Cypher's string escapes; undefined for one Neo4j would refuse, so the literal stays and Neo4j reports it. */
function unescapeString(raw: string): string | undefined {
  let value = '';
  for (let i = 0; i < raw.length; i += 1) {
    const ch = raw[i]!;
    if (ch !== '\\') {
      value += ch;
      continue;
    }
    const next = raw[i + 1] ?? '';
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      value += simple;
      i += 1;
      continue;
    }
    const digits = next === 'u' ? 4 : next === 'U' ? 8 : 0;
    const hex = raw.slice(i + 2, i + 2 + digits);
    if (digits === 0 || !new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) return undefined;
    const codePoint = Number.parseInt(hex, 16);
    if (codePoint > 0x10ffff) return undefined;
    value += String.fromCodePoint(codePoint);
    i += 1 + digits;
  }
  return value;
}
