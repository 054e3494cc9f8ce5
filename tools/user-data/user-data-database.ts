// The database that backup and restore work on: NEO4J_URI when set; otherwise the local Neo4j of `npm start` — the
// running one when its Bolt port answers (the explorer is up), or one started for the occasion when it is stopped.
import { loadLocalEnv } from '../local-config';
import { openDatabase, type ToolDatabase } from '../database';
import { isPortFree } from '../neo4j/port-check';

export async function openUserDataDatabase(log: (line: string) => void): Promise<ToolDatabase> {
  const env = loadLocalEnv();
  if (!env.NEO4J_URI && !(await isPortFree(env.NEO4J_BOLT_PORT))) {
    return openDatabase({ ...env, NEO4J_URI: `bolt://127.0.0.1:${env.NEO4J_BOLT_PORT}` }, log);
  }
  return openDatabase(env, log);
}
