// Creates the one neo4j-driver instance the server shares, tuned to fail fast when the database is away.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config/config.schema';

export function createDriver(settings: Config['neo4j']): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    // Short timeouts so a request gets DATABASE_UNAVAILABLE in seconds, not after a minute of retries.
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 2_000,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: false,
    userAgent: 'kg-explorer/0.1',
  });
}
