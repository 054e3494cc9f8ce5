// The few error classes the API answers with; each maps to one code and status of the contract.

export type ErrorCode =
  | 'BAD_REQUEST'
  | 'CYPHER_SYNTAX'
  | 'READ_ONLY'
  | 'NOT_FOUND'
  | 'UNAUTHORIZED'
  | 'CONFLICT'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'TIMEOUT'
  | 'DATABASE_UNAVAILABLE'
  | 'INTERNAL';

export abstract class AppError extends Error {
  abstract readonly code: ErrorCode;
  abstract readonly status: number;
}

export class BadRequestError extends AppError {
  readonly code = 'BAD_REQUEST';
  readonly status = 400;
}

export class CypherSyntaxError extends AppError {
  readonly code = 'CYPHER_SYNTAX';
  readonly status = 400;
}

export class ReadOnlyError extends AppError {
  readonly code = 'READ_ONLY';
  readonly status = 403;
}

export class NotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
  readonly status = 404;
}

export class PayloadTooLargeError extends AppError {
  readonly code = 'PAYLOAD_TOO_LARGE';
  readonly status = 413;
}

export class UnauthorizedError extends AppError {
  readonly code = 'UNAUTHORIZED';
  readonly status = 401;
}

export class ConflictError extends AppError {
  readonly code = 'CONFLICT';
  readonly status = 409;
}

/** Too many requests from one client, or too many queries running at once; `retryAfterSeconds` becomes Retry-After. */
export class RateLimitedError extends AppError {
  readonly code = 'RATE_LIMITED';
  readonly status = 429;
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

export class QueryTimeoutError extends AppError {
  readonly code = 'TIMEOUT';
  readonly status = 504;
}

/** The database cannot be reached; `retryAfterSeconds`, when known, becomes Retry-After. */
export class DatabaseUnavailableError extends AppError {
  readonly code = 'DATABASE_UNAVAILABLE';
  readonly status = 503;
  constructor(
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}
