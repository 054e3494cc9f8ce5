// Where and how long a repository's query runs: the configured database and QUERY_TIMEOUT_MS, the timeout of every
// API query. Repositories take a target instead of hard-coding either.
import type { QueryConfig, RoutingControl } from 'neo4j-driver';

export interface QueryTarget {
  database?: string;
  timeoutMs: number;
}

/**
 * The driver's executeQuery settings on the target, for the saved-query store's reads and writes; the API's other reads
 * go through read-once.ts.
 */
export function queryConfig(target: QueryTarget, routing: 'READ' | 'WRITE' = 'READ'): QueryConfig {
  return {
    database: target.database,
    routing: routing as RoutingControl,
    transactionConfig: { timeout: target.timeoutMs },
  };
}
