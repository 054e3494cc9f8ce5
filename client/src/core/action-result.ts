// What a core action that can fail answers: `{ ok: true, … }` with what it produced, or `{ ok: false, error }`
// with the error to show, so a view never has to re-read state to learn why something failed.
import { ApiError } from '../api/api-error';

export type ActionResult<T extends object = object> = ({ ok: true } & T) | { ok: false; error: ApiError };

export type Failure = { ok: false; error: ApiError };

/** Any thrown value as a failed result; errors that are not the API's become INTERNAL with their message. */
export function failure(error: unknown): Failure {
  return { ok: false, error: toApiError(error) };
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('INTERNAL', error instanceof Error ? error.message : String(error), 0);
}

/** Runs an API call (or anything that may throw) and answers a result instead of throwing. */
export async function attempt<T extends object>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, ...(await work()) };
  } catch (error) {
    return failure(error);
  }
}
