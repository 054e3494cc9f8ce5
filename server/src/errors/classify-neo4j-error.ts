// Turns a neo4j-driver error into one of the API's errors by its Neo4j status code.
import { Neo4jError } from 'neo4j-driver';
import {
  AppError,
  CypherSyntaxError,
  DatabaseUnavailableError,
  QueryTimeoutError,
  ReadOnlyError,
  BadRequestError,
  ConflictError,
} from './app-errors';

export function classifyNeo4jError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (!(error instanceof Neo4jError)) return undefined;
  const code = error.code ?? '';
  const firstLine = (error.message.split('\n')[0] ?? '').trim();

  if (/OutOfMemory|MemoryLimit/i.test(code)) {
    return new BadRequestError('The query needs more memory than the database allows; add a LIMIT or narrow it.');
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new DatabaseUnavailableError('The server could not sign in to the graph database; check its credentials.');
  }
  if (
    code === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
    code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' ||
    code === 'Neo.TransientError.Transaction.LockClientStopped' ||
    code === 'Neo.TransientError.Transaction.Terminated'
  ) {
    return new QueryTimeoutError('The query took too long and was stopped; add a LIMIT or narrow the pattern.');
  }
  // Checked after the timeouts, which are transient errors too. A database that is starting, recovering or failing
  // (transient and database errors, as when Neo4j was killed and restarts) is unavailable for now, not a server bug.
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code === 'ProtocolError' ||
    code.startsWith('Neo.TransientError.') ||
    code.startsWith('Neo.DatabaseError.') ||
    /acquisition timed out|connection (was )?(closed|refused|reset)|ECONNREFUSED/i.test(error.message)
  ) {
    return new DatabaseUnavailableError('The graph database is unreachable right now; try again in a few seconds.');
  }
  if (code === 'Neo.ClientError.Statement.SyntaxError' || code === 'Neo.ClientError.Statement.SemanticError') {
    return new CypherSyntaxError(`Cypher syntax error: ${firstLine}`);
  }
  if (
    code === 'Neo.ClientError.Statement.AccessMode' ||
    code === 'Neo.ClientError.Statement.UnsupportedAdministrationCommand' ||
    code === 'Neo.ClientError.Statement.NotSystemDatabaseError' ||
    code.startsWith('Neo.ClientError.Security.')
  ) {
    return new ReadOnlyError(`Only read queries are allowed here: ${firstLine}`);
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    // Only the server's own writes (saving a query) can meet a uniqueness constraint: two saves raced for one id.
    return new ConflictError('Something with that id was saved a moment ago; choose another id.');
  }
  if (code.startsWith('Neo.ClientError.')) {
    return new BadRequestError(`The database refused the query: ${firstLine}`);
  }
  return undefined;
}

/**
 * Whether the database could not be reached at all — down, restarting, the connection cut — rather than being slow or
 * busy. A pool that gave no connection within its acquisition timeout is busy, not down: the database may be fine. A
 * ProtocolError is left out: the driver also raises it for a value it cannot send, which says nothing of the database.
 */
export function isConnectionFailure(error: unknown): boolean {
  if (!(error instanceof Neo4jError) || /acquisition timed out/i.test(error.message)) return false;
  const code = error.code ?? '';
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code === 'Neo.TransientError.General.DatabaseUnavailable' ||
    code === 'Neo.TransientError.Database.DatabaseUnavailable' ||
    /connection (was )?(closed|refused|reset)|ECONNREFUSED/i.test(error.message)
  );
}
