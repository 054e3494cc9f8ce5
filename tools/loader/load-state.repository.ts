// Remembers which script files were loaded, with their content hash, as `:_LoadedScript` nodes (the leading
// underscore keeps them out of the knowledge graph's schema, search and counts). `npm start` skips unchanged files:
// each distinct literal statement costs Neo4j a fresh query plan, so a full reload on a cold JVM takes many seconds.
import type { Driver, ManagedTransaction } from 'neo4j-driver';

export async function readLoadedHashes(driver: Driver, database?: string): Promise<Map<string, string>> {
  const result = await driver.executeQuery(
    'MATCH (s:_LoadedScript) RETURN s.path AS path, s.sha256 AS sha256',
    {},
    { database, routing: 'READ' },
  );
  return new Map(result.records.map((record) => [record.get('path') as string, record.get('sha256') as string]));
}

export async function recordLoaded(tx: ManagedTransaction, path: string, sha256: string): Promise<void> {
  await tx.run('MERGE (s:_LoadedScript {path: $path}) SET s.sha256 = $sha256', { path, sha256 });
}
