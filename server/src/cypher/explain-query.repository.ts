// Asks Neo4j to plan a query without running it (EXPLAIN), in a read transaction, for the read-only checks.
import type { Driver, ManagedTransaction, Transaction } from 'neo4j-driver';
import type { QueryTarget } from '../db/query-target';
import { inReadTransaction } from '../db/read-transaction';
import type { PlannedQuery } from './plan-guard';

export async function explainInTransaction(
  tx: Transaction | ManagedTransaction,
  query: string,
  params: Record<string, unknown>,
): Promise<PlannedQuery> {
  const result = await tx.run(`EXPLAIN ${query}`, params);
  const summary = result.summary;
  return { queryType: summary.queryType, database: summary.database.name ?? '', plan: summary.plan };
}

export function explainQuery(driver: Driver, query: string, target: QueryTarget): Promise<PlannedQuery> {
  return inReadTransaction(driver, target, (tx) => explainInTransaction(tx, query, {}));
}
