// One read transaction on the target database, as the driver's executeQuery would run a read: in a read session
// (read-session.ts), and the driver retries the whole of `work` on a transient error. For requests that read more
// than once in one transaction.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { QueryTarget } from './query-target';
import { withReadSession } from './read-session';

export function inReadTransaction<T>(
  driver: Driver,
  target: QueryTarget,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  return withReadSession(driver, target.database, (session) =>
    session.executeRead(work, { timeout: target.timeoutMs }),
  );
}
