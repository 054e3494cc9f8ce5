// `npm run load:graph`: loads cypher/ into the database (NEO4J_URI, or the local Neo4j started for the occasion).
import { loadAndReport } from './load-and-report';
import { loadLocalEnv } from './local-config';
import { openDatabase } from './database';

const log = (line: string): void => console.log(line);

async function main(): Promise<void> {
  const database = await openDatabase(loadLocalEnv(), log);
  try {
    await loadAndReport(database.driver, log, { database: process.env.NEO4J_DATABASE || undefined });
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`\nLoading failed:\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
