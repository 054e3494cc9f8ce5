// One read transaction on the target database, as the driver's executeQuery would run a read: its session carries
// executeQuery's bookmark manager (on a cluster, the reader waits until it has the user's own writes), and the driver
// retries the whole of `work` on a transient error. For requests that read more than once in one transaction.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { QueryTarget } from './query-target';

export async function inReadTransaction<T>(
  driver: Driver,
  target: QueryTarget,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = driver.session({
    database: target.database,
    defaultAccessMode: neo4j.session.READ,
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    return await session.executeRead(work, { timeout: target.timeoutMs });
  } finally {
    await session.close();
  }
}
