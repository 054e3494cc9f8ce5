// First line of the read-only sandbox, before anything reaches Neo4j: one statement only, no EXPLAIN/PROFILE prefix,
// no USE of another database, no CALL { … } IN TRANSACTIONS, and only allow-listed procedures. The query plan check
// (plan-guard.ts) and the read-only transaction back it up; this layer exists to refuse early with a clear reason.
import { BadRequestError, ReadOnlyError } from '../errors/app-errors';
import { ALLOWED_PROCEDURES, REFUSED_FUNCTION_NAMESPACES } from './allowed-procedures';
import { tokenizeCypher, type CypherToken } from './cypher-lexer';

/** Checks the query and returns it without a trailing semicolon. */
export function checkQueryText(query: string): string {
  const tokens = tokenizeCypher(query);
  const semicolon = tokens.findIndex((token) => token.kind === 'semicolon');
  const statement = semicolon === -1 ? tokens : tokens.slice(0, semicolon);
  const rest = semicolon === -1 ? [] : tokens.slice(semicolon + 1).filter((token) => token.kind !== 'semicolon');
  if (statement.length === 0) throw new BadRequestError('The query is empty; send one Cypher statement.');
  if (rest.length > 0) {
    throw new BadRequestError(
      'Send one Cypher statement per request: a second statement starts after the ";" ' +
        `at character ${(tokens[semicolon]?.offset ?? 0) + 1}.`,
    );
  }
  const clauseStart = skipPreparserOptions(statement);
  checkClauses(statement, clauseStart);
  return semicolon === -1 ? query : query.slice(0, tokens[semicolon]!.offset);
}

/** Skips `CYPHER 5 runtime=slotted`-style options; refuses EXPLAIN and PROFILE, which return plans, not rows. */
function skipPreparserOptions(tokens: CypherToken[]): number {
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (isWord(token, 'EXPLAIN') || isWord(token, 'PROFILE')) {
      throw new BadRequestError(
        `Send the query without ${token.upper}: this endpoint runs read queries and returns rows, not plans.`,
      );
    }
    if (!isWord(token, 'CYPHER')) return i;
    i += 1;
    while (i < tokens.length) {
      const option = tokens[i]!;
      if (option.kind === 'number') i += 1;
      else if (option.kind === 'word' && tokens[i + 1]?.text === '=') i += 3;
      else break;
    }
  }
  return i;
}

function checkClauses(tokens: CypherToken[], start: number): void {
  for (let i = start; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const previous = i > start ? tokens[i - 1] : undefined;
    if (!isNamePart(token) || previous?.text === '.' || previous?.kind === 'parameter') continue;

    if (isWord(token, 'USE') && startsQueryPart(previous) && isNamePart(tokens[i + 1])) {
      throw new ReadOnlyError('USE is not allowed here: queries run only against the explorer’s own graph.');
    }
    if (isWord(token, 'IN') && isWord(tokens[i + 1], 'TRANSACTIONS')) {
      throw new ReadOnlyError(
        'CALL { … } IN TRANSACTIONS is not allowed here: it commits batches of its own, outside the read-only sandbox.',
      );
    }
    if (isWord(token, 'CALL') && isNamePart(tokens[i + 1])) {
      const name = dottedName(tokens, i + 1);
      const procedure = name.parts.join('.');
      if (!ALLOWED_PROCEDURES.has(procedure)) throw procedureRefused(procedure);
      i = name.end - 1;
      continue;
    }
    const name = dottedName(tokens, i);
    if (name.parts.length > 1 && tokens[name.end]?.text === '(') {
      const namespace = name.parts[0]!.toLowerCase();
      if (REFUSED_FUNCTION_NAMESPACES.has(namespace)) {
        throw new ReadOnlyError(
          `The function ${name.parts.join('.')} is not allowed here: ${namespace}.* functions reach outside the graph.`,
        );
      }
    }
    i = name.end - 1;
  }
}

export function procedureRefused(procedure: string): ReadOnlyError {
  return new ReadOnlyError(
    `The procedure ${procedure} is not allowed here; only these read-only procedures may be called: ` +
      `${[...ALLOWED_PROCEDURES].join(', ')}.`,
  );
}

/** A USE clause can only open a query: at the start, inside `{`, or after UNION [ALL]. */
function startsQueryPart(previous: CypherToken | undefined): boolean {
  return previous === undefined || previous.text === '{' || isWord(previous, 'UNION') || isWord(previous, 'ALL');
}

/** Reads `a.b.c` (words or backtick-quoted parts) from index `start`; `end` is the index after the name. */
function dottedName(tokens: CypherToken[], start: number): { parts: string[]; end: number } {
  const parts: string[] = [];
  let i = start;
  while (isNamePart(tokens[i])) {
    parts.push(tokens[i]!.text);
    if (tokens[i + 1]?.text !== '.' || !isNamePart(tokens[i + 2])) return { parts, end: i + 1 };
    i += 2;
  }
  return { parts, end: i };
}

function isNamePart(token: CypherToken | undefined): boolean {
  return token?.kind === 'word' || token?.kind === 'quoted-name';
}

function isWord(token: CypherToken | undefined, upper: string): boolean {
  return token?.kind === 'word' && token.upper === upper;
}
