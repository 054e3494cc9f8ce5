// Asks Neo4j for its version, or just whether it answers; any failure means "not connected".
import neo4j, { type Driver } from 'neo4j-driver';

export async function readDatabaseVersion(driver: Driver, database?: string): Promise<string> {
  const result = await driver.executeQuery(
    'CALL dbms.components() YIELD versions RETURN versions[0] AS version',
    {},
    { database, routing: 'READ' },
  );
  return String(result.records[0]?.get('version') ?? 'unknown');
}

/** A trivial query run once, without the driver's retries, so the caller learns at once whether the database answers. */
export async function pingDatabase(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    await session.run('RETURN 1', {}, { timeout: 2_000 });
  } finally {
    await session.close();
  }
}
