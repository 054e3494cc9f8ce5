// Starts the HTTP server on a ready driver and stops it gracefully: in-flight requests finish, then the driver closes.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { createApp } from './app';
import { DatabaseAvailability } from './db/database-availability';
import { pingDatabase } from './health/health.repository';
import { decideWriteAccess, generatedTokenNotice } from './http/write-access';
import type { Config } from './config/config.schema';
import { openRateLimitStore } from './http/rate-limit-store';

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** How often an unreachable database is probed, and how long one probe may take: recovery within about 0.5 s. */
const PROBE_INTERVAL_MS = 250;
const PROBE_TIMEOUT_MS = 2_000;

/** Time beyond the queue wait and query timeout that in-flight requests get to finish their answer at a stop. */
const DRAIN_MARGIN_MS = 5_000;

/** The server's port is taken; the one message for it, whether `npm start` checks first or listening fails. */
export class PortTakenError extends Error {
  override name = 'PortTakenError';
  constructor(port: number, host: string) {
    super(`Port ${port} is already in use on ${host}. Stop the other program or set PORT=<port>.`);
  }
}

export async function startServer(config: Config, driver: Driver, logger: Logger): Promise<RunningServer> {
  const access = decideWriteAccess(config.host, config.writeToken);
  const rateLimit = await openRateLimitStore(config.redisUrl, logger);
  const availability = new DatabaseAvailability({
    probe: () => pingDatabase(driver, config.neo4j.database),
    probeIntervalMs: PROBE_INTERVAL_MS,
    probeTimeoutMs: PROBE_TIMEOUT_MS,
    onChange: (reachable) =>
      reachable
        ? logger.warn('Neo4j answers again: serving requests')
        : logger.warn('Neo4j is unreachable: answering 503 at once and probing it until it answers'),
  });
  const app = createApp({
    config: { ...config, writeToken: access.token },
    driver,
    logger,
    availability,
    rateLimitStore: rateLimit.store,
  });
  return new Promise<RunningServer>((resolve, reject) => {
    const timeouts = config.httpTimeouts;
    const server = createServer(
      {
        // A client that trickles its headers or body is cut off (408) once these run out; the body is read before a
        // query slot is taken, so such a client never holds one. Node checks them every connectionsCheckingInterval.
        headersTimeout: timeouts.headersMs,
        requestTimeout: timeouts.requestMs,
        keepAliveTimeout: timeouts.keepAliveMs,
        connectionsCheckingInterval: Math.min(1_000, timeouts.headersMs),
      },
      app,
    );
    const closeAfterAnswers = answerWithConnectionClose(server);
    server.listen(config.port, config.host);
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new PortTakenError(config.port, config.host));
      } else reject(error);
      availability.close();
      void rateLimit.close();
    });
    server.once('listening', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
      // Printed straight to the terminal, not through the logger, so that no log level can hide it.
      if (access.generated) console.log(generatedTokenNotice(access.token!, config.host));
      resolve({
        url: `http://${host}:${port}/`,
        server,
        // A request in flight may still wait its turn for a query slot, then run its query: both bounds, plus a margin.
        close: async () => {
          closeAfterAnswers();
          await drain(server, config.queryQueue.maxWaitMs + config.queryLimits.timeoutMs + DRAIN_MARGIN_MS);
          availability.close();
          await rateLimit.close();
        },
      });
    });
  });
}

/**
 * Returns a switch that makes every answer from then on — to requests in flight and to any that still arrive on an open
 * connection — carry `Connection: close`, so the server closes each connection once it has answered and no client
 * sends another request on a connection that the drain is about to close (that request would meet a reset, not an
 * answer or a clean refusal).
 */
function answerWithConnectionClose(server: Server): () => void {
  const answering = new Set<ServerResponse>();
  let closing = false;
  const closeAfterAnswer = (res: ServerResponse): void => {
    if (!res.headersSent) res.setHeader('Connection', 'close');
  };
  // Before the app's own listener, so a request that arrives while closing is marked before anything is answered.
  server.prependListener('request', (_req, res: ServerResponse) => {
    if (closing) return closeAfterAnswer(res);
    answering.add(res);
    res.once('close', () => answering.delete(res));
  });
  return () => {
    closing = true;
    for (const res of answering) closeAfterAnswer(res);
    answering.clear();
  };
}

/**
 * Stops accepting connections and waits for in-flight requests to answer. Keep-alive connections are closed as soon
 * as they fall idle (not only those idle at the start), and anything still open after `graceMs` is cut.
 */
function drain(server: Server, graceMs: number): Promise<void> {
  return new Promise((done) => {
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      done();
    });
    server.closeIdleConnections();
  });
}
