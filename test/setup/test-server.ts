// Starts the real Express app on a free port against the test Neo4j, for HTTP and browser tests.
import type { Driver } from 'neo4j-driver';
import { DEFAULT_CLIENT_DIR, loadConfig } from '../../server/src/config/load-config';
import type { Config } from '../../server/src/config/config.schema';
import { createLogger } from '../../server/src/logger';
import { startServer, type RunningServer } from '../../server/src/server';
import { createDriver } from '../../server/src/db/create-driver';
import { testNeo4j } from './test-neo4j';

export interface TestServer {
  url: string;
  driver: Driver;
  close(): Promise<void>;
}

export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const { uri, user, password } = testNeo4j();
  const config: Config = {
    // The documented defaults (row cap, timeouts, limits…), then the test's own settings.
    ...loadConfig({ NEO4J_URI: uri }),
    port: 0,
    host: '127.0.0.1',
    neo4j: { uri, user, password },
    logLevel: 'silent',
    clientDir: DEFAULT_CLIENT_DIR,
    ...overrides,
  };
  const driver = createDriver(config.neo4j);
  const running: RunningServer = await startServer(config, driver, createLogger(config.logLevel));
  return {
    url: running.url.replace(/\/$/, ''),
    driver,
    close: async () => {
      await running.close();
      await driver.close();
    },
  };
}
