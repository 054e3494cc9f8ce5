// Asks Neo4j for its version; any failure means "not connected".
import type { Driver } from 'neo4j-driver';

export async function readDatabaseVersion(driver: Driver, database?: string): Promise<string> {
  const result = await driver.executeQuery(
    'CALL dbms.components() YIELD versions RETURN versions[0] AS version',
    {},
    { database, routing: 'READ' },
  );
  return String(result.records[0]?.get('version') ?? 'unknown');
}
