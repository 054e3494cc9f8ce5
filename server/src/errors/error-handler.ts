// The last middlewares: unknown routes become NOT_FOUND and every error, whatever threw it, answers JSON.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import {
  AppError,
  BadRequestError,
  DatabaseUnavailableError,
  NotFoundError,
  PayloadTooLargeError,
  RateLimitedError,
} from './app-errors';
import { classifyNeo4jError } from './classify-neo4j-error';
import type { ErrorBody } from './error-body.schema';

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new NotFoundError(`No API route ${req.method} ${req.path}; see GET /api/health and the README for routes.`));
};

export const errorHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  const known = toAppError(error);
  if (!known) req.log?.error({ err: error }, 'unhandled error');
  const body: ErrorBody = known
    ? { error: { code: known.code, message: known.message } }
    : { error: { code: 'INTERNAL', message: 'Something went wrong on the server; the error was logged.' } };
  if ((known instanceof RateLimitedError || known instanceof DatabaseUnavailableError) && known.retryAfterSeconds) {
    res.setHeader('Retry-After', String(known.retryAfterSeconds));
  }
  res.status(known?.status ?? 500).json(body);
};

function toAppError(error: unknown): AppError | undefined {
  const fromNeo4j = classifyNeo4jError(error);
  if (fromNeo4j) return fromNeo4j;
  // body-parser signals its own failures with a `type` and an HTTP status.
  const parserError = error as { type?: string; status?: number; limit?: number };
  if (parserError?.type === 'entity.too.large') {
    return new PayloadTooLargeError(`The request body is larger than the limit of ${parserError.limit} bytes.`);
  }
  if (parserError?.type === 'entity.parse.failed') {
    return new BadRequestError('The request body is not valid JSON.');
  }
  if (parserError?.status && parserError.status >= 400 && parserError.status < 500) {
    return new BadRequestError(error instanceof Error ? error.message : 'Bad request.');
  }
  return undefined;
}
