// The test Neo4j's coordinates, shared from the global setup with every test file.
import { inject } from 'vitest';
import { createDriver } from '../../server/src/db/create-driver';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  home: string;
  boltPort: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export function testNeo4j(): TestNeo4j {
  return inject('neo4j');
}

export function testDriver() {
  const { uri, user, password } = testNeo4j();
  return createDriver({ uri, user, password });
}
