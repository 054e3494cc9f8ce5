// The one error the API client throws: the contract's error code and message, plus the HTTP status.
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
