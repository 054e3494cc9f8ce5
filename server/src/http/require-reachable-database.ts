// Requests that need Neo4j are answered 503 DATABASE_UNAVAILABLE at once, with Retry-After, while the database is known
// to be unreachable (db/database-availability.ts), instead of each waiting out the driver's connection and retry bounds
// in a query slot; and a request that meets a connection failure reports it, which starts the probing.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { DatabaseAvailability } from '../db/database-availability';
import { DatabaseUnavailableError } from '../errors/app-errors';
import { isConnectionFailure } from '../errors/classify-neo4j-error';

/** Checked before a request queues for a query slot and again once it has one (the database may have gone since). */
export function requireReachableDatabase(availability: DatabaseAvailability): RequestHandler {
  return (_req, _res, next) => {
    if (availability.reachable) next();
    else
      next(
        new DatabaseUnavailableError(
          'The graph database is unreachable right now (the server is checking it); try again in a few seconds.',
          1,
        ),
      );
  };
}

/** An error middleware placed before the JSON error handler: notes connection failures, then passes the error on. */
export function reportConnectionFailures(availability: DatabaseAvailability): ErrorRequestHandler {
  return (error: unknown, _req, _res, next) => {
    if (isConnectionFailure(error)) availability.reportUnreachable();
    next(error);
  };
}
