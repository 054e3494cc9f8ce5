// Entry point of the API server alone (NEO4J_URI must be set): validates config, checks Neo4j, listens,
// and on SIGTERM/SIGINT drains in-flight requests before closing the driver.
import { loadConfig } from './config/load-config';
import { createDriver } from './db/create-driver';
import { verifyConnection } from './db/verify-connection';
import { createLogger } from './logger';
import { startServer } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const driver = createDriver(config.neo4j);
  try {
    const version = await verifyConnection(driver, config.neo4j.uri, config.neo4j.user);
    const running = await startServer(config, driver, logger);
    logger.info({ url: running.url, neo4j: version }, 'server listening');
    const shutdown = async (signal: string): Promise<void> => {
      logger.info({ signal }, 'shutting down: draining requests');
      await running.close();
      await driver.close();
      logger.info('stopped: every request answered, database connections closed');
      process.exit(0);
    };
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    process.once('SIGINT', () => void shutdown('SIGINT'));
  } catch (error) {
    await driver.close();
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
