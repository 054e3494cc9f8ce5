import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { classifyNeo4jError, isConnectionFailure } from '../../server/src/errors/classify-neo4j-error';

const neo4jError = (code: string, message = 'from the driver') => new Neo4jError(message, code, '50N42', 'error');

describe('Neo4j errors as API errors', () => {
  it('answer 503 DATABASE_UNAVAILABLE for a database that is away, starting, recovering or failing', () => {
    for (const code of [
      'ServiceUnavailable',
      'SessionExpired',
      'ProtocolError',
      'Neo.TransientError.General.DatabaseUnavailable',
      'Neo.TransientError.Database.DatabaseUnavailable',
      'Neo.DatabaseError.General.UnknownError',
      'Neo.DatabaseError.Transaction.TransactionStartFailed',
    ]) {
      expect(classifyNeo4jError(neo4jError(code))?.code).toBe('DATABASE_UNAVAILABLE');
    }
  });

  it('keep a stopped or timed-out transaction a 504 TIMEOUT, though it is a transient error too', () => {
    for (const code of [
      'Neo.TransientError.Transaction.Terminated',
      'Neo.TransientError.Transaction.LockClientStopped',
    ]) {
      expect(classifyNeo4jError(neo4jError(code))?.code).toBe('TIMEOUT');
    }
  });

  it('keep a query over the memory limit a 400 with advice', () => {
    const error = neo4jError('Neo.TransientError.General.MemoryPoolOutOfMemoryError');
    expect(classifyNeo4jError(error)?.code).toBe('BAD_REQUEST');
  });

  it('tell a database that cannot be reached from one that is slow or busy', () => {
    for (const code of ['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']) {
      expect(isConnectionFailure(neo4jError(code))).toBe(true);
    }
    expect(isConnectionFailure(neo4jError('N/A', 'connect ECONNREFUSED 127.0.0.1:7687'))).toBe(true);
    // A full pool means a busy database, which may be fine; timeouts and bad queries are not about the connection.
    const poolFull = 'Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 50';
    expect(isConnectionFailure(neo4jError('ServiceUnavailable', poolFull))).toBe(false);
    expect(isConnectionFailure(neo4jError('Neo.TransientError.Transaction.Terminated'))).toBe(false);
    expect(isConnectionFailure(neo4jError('Neo.ClientError.Statement.SyntaxError'))).toBe(false);
    expect(
      isConnectionFailure(neo4jError('ProtocolError', 'It is not allowed to pass a function as a parameter')),
    ).toBe(false);
    expect(isConnectionFailure(new Error('connection refused'))).toBe(false);
  });
});
