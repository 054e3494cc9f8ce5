// Builds the Express app: security headers, JSON body limit, request logs, the API routers, the built client,
// and the JSON error handler last. It never listens; index.ts does, so tests can build apps freely.
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Driver } from 'neo4j-driver';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './config/config.schema';
import { errorHandler, notFoundHandler } from './errors/error-handler';
import { healthRouter } from './health/health.router';
import { loadSavedQueries } from './queries/saved-query-catalog';
import { queriesRouter } from './queries/queries.router';
import { QueriesService } from './queries/queries.service';

export interface AppDependencies {
  config: Config;
  driver: Driver;
  logger: Logger;
}

const ROW_CAP = 2_000;
const QUERY_TIMEOUT_MS = 15_000;

export function createApp({ config, driver, logger }: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Layout workers are bundled as separate files, but Vite may inline small ones as blob: URLs.
          'worker-src': ["'self'", 'blob:'],
        },
      },
    }),
  );
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
    }),
  );
  app.use(express.json({ limit: '64kb' }));

  const database = config.neo4j.database;
  const queries = new QueriesService(driver, loadSavedQueries(), {
    rowCap: ROW_CAP,
    timeoutMs: QUERY_TIMEOUT_MS,
    database,
  });
  const api = express.Router();
  api.use(healthRouter(driver, database));
  api.use(queriesRouter(queries));
  api.use(notFoundHandler);
  app.use('/api', api);

  if (config.clientDir && existsSync(path.join(config.clientDir, 'index.html'))) {
    app.use(express.static(config.clientDir, { index: 'index.html', maxAge: '1h' }));
  } else {
    app.get('/', (_req, res) => {
      res
        .status(503)
        .type('text')
        .send('The web client is not built yet: run "npm run build" (npm start does it for you).');
    });
  }

  app.use(errorHandler);
  return app;
}
