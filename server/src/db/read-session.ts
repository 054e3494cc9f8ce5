// The one way the server opens a session for reads: READ access mode on the target database, carrying the driver's
// executeQuery bookmark manager, so on a cluster the follower that serves the read waits until it has the user's own
// writes (a saved query, an article).
import neo4j, { type Driver, type Session } from 'neo4j-driver';

export function openReadSession(driver: Driver, database: string | undefined, fetchSize?: number): Session {
  return driver.session({
    database,
    defaultAccessMode: neo4j.session.READ,
    bookmarkManager: driver.executeQueryBookmarkManager,
    ...(fetchSize === undefined ? {} : { fetchSize }),
  });
}

/** Runs `work` in a read session and closes the session whatever happens. */
export async function withReadSession<T>(
  driver: Driver,
  database: string | undefined,
  work: (session: Session) => Promise<T>,
): Promise<T> {
  const session = openReadSession(driver, database);
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}
