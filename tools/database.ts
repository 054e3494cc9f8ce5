// Gives the tools a database: the one named by NEO4J_URI, or the local embedded Neo4j started on demand.
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../server/src/db/create-driver';
import { verifyConnection } from '../server/src/db/verify-connection';
import { localNeo4jOptions, type LocalEnv } from './local-config';
import { LocalNeo4j } from './neo4j/local-neo4j';

export interface ToolDatabase {
  uri: string;
  user: string;
  password: string;
  driver: Driver;
  local?: LocalNeo4j;
  close(): Promise<void>;
}

export async function openDatabase(env: LocalEnv, log: (line: string) => void): Promise<ToolDatabase> {
  const user = process.env.NEO4J_USER || 'neo4j';
  let local: LocalNeo4j | undefined;
  if (!env.NEO4J_URI) {
    local = await LocalNeo4j.start(localNeo4jOptions(env, log));
    activeLocal = local;
  }
  const uri = env.NEO4J_URI ?? local!.uri;
  const driver = createDriver({ uri, user, password: env.NEO4J_PASSWORD });
  try {
    const version = await verifyConnection(driver, uri, user);
    log(`Connected to ${version} at ${uri}.`);
  } catch (error) {
    await driver.close();
    await local?.stop();
    throw error;
  }
  return {
    uri,
    user,
    password: env.NEO4J_PASSWORD,
    driver,
    local,
    close: async () => {
      await driver.close();
      await local?.stop();
    },
  };
}

let activeLocal: LocalNeo4j | undefined;

/** The local Neo4j started by this process, if any, so a signal handler can stop it even mid-start-up. */
export function activeLocalNeo4j(): LocalNeo4j | undefined {
  return activeLocal;
}
