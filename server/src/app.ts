// Builds the Express app: security headers, CORS, request logs with ids and timings, per-client rate limit, body
// limit, a cap on concurrent database work with a bounded wait queue (skipped with a quick 503 while the database is
// known to be unreachable), the API routers, the built client, and the JSON error handler last.
// It never listens; server.ts does, so tests can build apps freely.
import express, { type Express } from 'express';
import type { Store } from 'express-rate-limit';
import helmet from 'helmet';
import type { Driver } from 'neo4j-driver';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadScript } from '../../tools/loader/load-cypher';
import { articlesRouter } from './articles/articles.router';
import { ArticlesService } from './articles/articles.service';
import { claimsRouter } from './claims/claims.router';
import { ClaimsService } from './claims/claims.service';
import type { Config } from './config/config.schema';
import { cypherRouter } from './cypher/cypher.router';
import { embedApiRouter, embedPagesRouter } from './embed/embed.router';
import { originResolver } from './http/public-origin';
import { EmbedService } from './embed/embed.service';
import { CypherService } from './cypher/cypher.service';
import type { DatabaseAvailability } from './db/database-availability';
import { errorHandler, notFoundHandler } from './errors/error-handler';
import { GraphVocabulary } from './graph/graph-vocabulary';
import { healthRouter } from './health/health.router';
import { corsPolicy } from './http/cors-policy';
import { limitConcurrentQueries, QuerySlots } from './http/query-slots';
import { rateLimitPerClient } from './http/rate-limit';
import { reportConnectionFailures, requireReachableDatabase } from './http/require-reachable-database';
import { requireBearerToken } from './http/require-bearer-token';
import { nodesRouter } from './nodes/nodes.router';
import { NodesService } from './nodes/nodes.service';
import { loadSavedQueries } from './queries/saved-query-catalog';
import { queriesRouter } from './queries/queries.router';
import { QueriesService } from './queries/queries.service';
import { schemaRouter } from './schema/schema.router';
import { SchemaService } from './schema/schema.service';
import { searchRouter } from './search/search.router';
import { SearchService } from './search/search.service';

export interface AppDependencies {
  config: Config;
  driver: Driver;
  logger: Logger;
  /** Whether Neo4j is reachable; requests that meet a connection failure report to it (see server.ts). */
  availability: DatabaseAvailability;
  /** Where the per-client rate limit counts; memory when absent (see http/rate-limit-store.ts). */
  rateLimitStore?: Store;
}

const REQUEST_ID = /^[\w.:-]{1,100}$/;
const ARTICLE_BODY_LIMIT_BYTES = 1_000_000;
/** The 10,000 node ids `POST /api/embed/sources` accepts, at up to ~100 characters each. */
const SOURCES_BODY_LIMIT_BYTES = 1_000_000;

/**
 * The API routes that query Neo4j, and so take a query slot (waiting for one in the queue when all are busy). Health
 * probes, the built client and unknown routes never wait. A new router that queries Neo4j adds its prefix here.
 */
export const DATABASE_ROUTES = [
  '/schema',
  '/search',
  '/nodes',
  '/claims',
  '/oembed',
  '/embed',
  '/queries',
  '/cypher',
  '/articles',
];

export function createApp({ config, driver, logger, availability, rateLimitStore }: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  // Express hashes every answer's body for an ETag (SHA-1: 2.6 ms for a 1.6 MB Cypher answer). The API computes its
  // answers afresh for each request, and POST answers are never revalidated, so the hash would only spare bytes on a
  // repeated GET; the built client's files keep their ETags (express.static sets its own).
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Layout workers are bundled as separate files, but Vite may inline small ones as blob: URLs.
          'worker-src': ["'self'", 'blob:'],
          // Helmet's default would make browsers fetch every asset over https, which breaks the plain-http server
          // that people open on their network (http://<machine>:3000); TLS, where there is one, is the proxy's job.
          'upgrade-insecure-requests': null,
          // No other site may frame the explorer; /embed alone widens this to EMBED_ORIGINS (embed/frame-policy.ts).
          'frame-ancestors': ["'self'"],
        },
      },
    }),
  );
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        // A caller's id is kept when it is sane, so logs can be followed across services; otherwise a new one.
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      // One short line per request: id, method, path, status and time (pino adds responseTime), not every header.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, error) =>
        error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    }),
  );

  const database = config.neo4j.database;
  // Every repository runs on the configured database with QUERY_TIMEOUT_MS.
  const target = { database, timeoutMs: config.queryLimits.timeoutMs };
  const vocabulary = new GraphVocabulary(driver, target);
  const cypher = new CypherService(driver, config.queryLimits, database, vocabulary);
  const queries = new QueriesService(driver, loadSavedQueries(), cypher, config.queryLimits, database);

  const nodes = new NodesService(driver, vocabulary, target);
  const claims = new ClaimsService(driver, vocabulary, target);
  const embeds = new EmbedService(driver, nodes, claims, queries, target);
  const originOf = originResolver(config.publicUrl);
  // One rate limit and one set of query slots (with its wait queue) for the API and the embed pages alike.
  const rateLimit = rateLimitPerClient(config.rateLimitPerMinute, rateLimitStore);
  // While Neo4j is known to be unreachable, 503 at once: before queueing, and again once a slot is granted.
  const reachable = requireReachableDatabase(availability);
  const querySlots = [
    reachable,
    limitConcurrentQueries(
      new QuerySlots({
        capacity: config.maxConcurrentQueries,
        queueLength: config.queryQueue.length,
        maxWaitMs: config.queryQueue.maxWaitMs,
      }),
    ),
    reachable,
  ];
  // The one guard of every user write (saving and deleting queries, and any write a feature adds): see WRITE_TOKEN.
  const requireWriteToken = requireBearerToken(config.writeToken);

  const api = express.Router();
  api.use(corsPolicy(config.corsOrigins));
  api.use(rateLimit);
  // A reviewed article carries its whole text and every claim, and a snapshot's sources the ids of a whole view: more
  // than other requests, up to a fixed bound.
  api.use('/articles', express.json({ limit: Math.max(config.bodyLimitBytes, ARTICLE_BODY_LIMIT_BYTES) }));
  api.use('/embed/sources', express.json({ limit: Math.max(config.bodyLimitBytes, SOURCES_BODY_LIMIT_BYTES) }));
  api.use(express.json({ limit: config.bodyLimitBytes }));
  api.use(healthRouter(driver, database));
  api.use(DATABASE_ROUTES, ...querySlots);
  api.use(schemaRouter(new SchemaService(driver, vocabulary, target)));
  api.use(searchRouter(new SearchService(driver, vocabulary, target)));
  api.use(nodesRouter(nodes));
  api.use(claimsRouter(claims, originOf));
  api.use(embedApiRouter(embeds, originOf));
  api.use(
    queriesRouter(queries, {
      maxQueryLength: config.queryLimits.maxQueryLength,
      requireToken: requireWriteToken,
    }),
  );
  api.use(cypherRouter(cypher, config.queryLimits.maxQueryLength));
  const load = (file: string) => loadScript(driver, file, { root: config.cypherDir, database });
  api.use(
    articlesRouter(new ArticlesService(driver, { cypherDir: config.cypherDir, target, load }), requireWriteToken),
  );
  api.use(notFoundHandler);
  app.use('/api', api);
  app.use(
    embedPagesRouter(embeds, {
      clientDir: config.clientDir,
      embedOrigins: config.embedOrigins,
      guards: [rateLimit, ...querySlots],
      originOf,
    }),
  );

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

  app.use(reportConnectionFailures(availability));
  app.use(errorHandler);
  return app;
}
