// The state of the last query run, as views show it: idle, running, done (with the result), or failed.
import type { ApiError } from '../../api/api-error';
import type { CypherResult } from '../../api/api-contract';
import type { CurrentQuery } from './current-query';

export type QueryRun =
  | { type: 'idle' }
  | { type: 'running'; query: CurrentQuery }
  | { type: 'done'; query: CurrentQuery; result: CypherResult; mode: ResultMode }
  | { type: 'failed'; query: CurrentQuery; error: ApiError };

/** Whether a result replaces what is in the view or is added to it. */
export type ResultMode = 'replace' | 'add';
