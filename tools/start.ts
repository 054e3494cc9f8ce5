// `npm start`: starts (or connects to) Neo4j, loads cypher/, builds the client when needed, serves the explorer.
// Any failure prints a message saying what to do, stops what was started, and exits non-zero.
import { loadConfig } from '../server/src/config/load-config';
import { createLogger } from '../server/src/logger';
import { PortTakenError, startServer, type RunningServer } from '../server/src/server';
import { ensureClientBuilt } from './client-build';
import { activeLocalNeo4j, openDatabase, type ToolDatabase } from './database';
import { loadAndReport } from './load-and-report';
import { loadLocalEnv } from './local-config';
import { isPortFree } from './neo4j/port-check';

const log = (line: string): void => console.log(line);
let database: ToolDatabase | undefined;
let server: RunningServer | undefined;
let stopping = false;

async function main(): Promise<void> {
  const started = performance.now();
  const localEnv = loadLocalEnv();
  const config = loadConfig({ ...process.env, NEO4J_URI: process.env.NEO4J_URI || 'bolt://127.0.0.1:7687' });
  if (!(await isPortFree(config.port, config.host))) {
    throw new PortTakenError(config.port, config.host);
  }
  await ensureClientBuilt(log);
  database = await openDatabase(localEnv, log);
  if (localEnv.LOAD_ON_START === 'true') {
    await loadAndReport(database.driver, log, { database: config.neo4j.database, skipUnchanged: true });
  }

  const serverConfig = { ...config, neo4j: { ...config.neo4j, uri: database.uri, password: database.password } };
  server = await startServer(serverConfig, database.driver, createLogger(config.logLevel));
  log(`\nKnowledge-graph explorer ready in ${((performance.now() - started) / 1000).toFixed(1)} s: ${server.url}`);
  log('Press Ctrl-C to stop.');
}

async function stop(exitCode: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await server?.close();
    if (database) await database.close();
    else await activeLocalNeo4j()?.stop();
  }
  process.exit(exitCode);
}

process.once('SIGINT', () => {
  log('\nStopping…');
  void stop(server ? 0 : 130);
});
process.once('SIGTERM', () => void stop(server ? 0 : 143));

main().catch(async (error: unknown) => {
  console.error(`\nCould not start the explorer:\n${error instanceof Error ? error.message : String(error)}`);
  await stop(1);
});
