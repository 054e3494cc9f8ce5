// Asks Neo4j to plan a query without running it (EXPLAIN), in a read transaction, for the read-only checks.
import neo4j, { type Driver, type ManagedTransaction, type Transaction } from 'neo4j-driver';
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

export async function explainQuery(
  driver: Driver,
  query: string,
  options: { timeoutMs: number; database?: string },
): Promise<PlannedQuery> {
  const session = driver.session({
    database: options.database,
    defaultAccessMode: neo4j.session.READ,
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    return await session.executeRead((tx) => explainInTransaction(tx, query, {}), { timeout: options.timeoutMs });
  } finally {
    await session.close();
  }
}
