import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { classifyNeo4jError } from '../../server/src/errors/classify-neo4j-error';

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
});
