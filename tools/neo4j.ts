// `npm run neo4j`: runs only the local Neo4j in the foreground (for tools such as cypher-shell), until Ctrl-C.
import { loadLocalEnv, localNeo4jOptions } from './local-config';
import { LocalNeo4j } from './neo4j/local-neo4j';

async function main(): Promise<void> {
  const env = loadLocalEnv();
  const neo4j = await LocalNeo4j.start(localNeo4jOptions(env, console.log));
  console.log(`Neo4j is up at ${neo4j.uri} (user neo4j). Press Ctrl-C to stop.`);
  const stop = (): void => void neo4j.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
