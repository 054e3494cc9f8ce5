// The errors the API client throws: ApiError carries the contract's error code and message plus the HTTP status;
// ApiResponseError is an answer that does not match the server's schema (a client and server out of step).
import type { z } from 'zod';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }

  /** True when the database (not the request) is at fault: the app shows its banner. */
  get isDatabaseUnavailable(): boolean {
    return this.code === 'DATABASE_UNAVAILABLE';
  }
}

/** How many schema problems a message names; the rest are counted. */
const LISTED_ISSUES = 3;

export class ApiResponseError extends ApiError {
  override name = 'ApiResponseError';
  constructor(
    readonly endpoint: string,
    readonly issues: readonly z.core.$ZodIssue[],
    status: number,
  ) {
    super('INVALID_RESPONSE', describeIssues(endpoint, issues), status);
  }
}

function describeIssues(endpoint: string, issues: readonly z.core.$ZodIssue[]): string {
  const listed = issues
    .slice(0, LISTED_ISSUES)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(the body)'}: ${issue.message}`);
  const more = issues.length > LISTED_ISSUES ? ` and ${issues.length - LISTED_ISSUES} more` : '';
  return (
    `The server's answer to ${endpoint} does not have the shape this page expects (${listed.join('; ')}${more}). ` +
    'Reload the page; if that does not help, the server and the page come from different versions.'
  );
}
