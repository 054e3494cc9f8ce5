// Where the per-client rate limit counts requests: in this process's memory (the default), or — with REDIS_URL — in
// a Redis shared by every instance behind a load balancer, so a client gets the same budget whichever instance
// answers. rate-limit-redis is express-rate-limit's own store, on node-redis, both maintained by their projects.
import type { Logger } from 'pino';
import type { Store } from 'express-rate-limit';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import { createClient } from 'redis';

export class RedisUnavailableError extends Error {
  override name = 'RedisUnavailableError';
}

export interface RateLimitStore {
  /** Undefined means express-rate-limit's memory store. */
  store?: Store;
  close(): Promise<void>;
}

/** Keys in the shared Redis start with this, so the explorer's counts are easy to find and never clash. */
const KEY_PREFIX = 'kg-explorer:rate-limit:';

export async function openRateLimitStore(redisUrl: string | undefined, logger: Logger): Promise<RateLimitStore> {
  if (!redisUrl) return { close: async () => undefined };
  let connectedOnce = false;
  const client = createClient({
    url: redisUrl,
    socket: {
      connectTimeout: 5_000,
      // Once connected, a dropped connection is retried with backoff; the first connection must succeed at start-up.
      reconnectStrategy: (retries: number, cause: Error) => (connectedOnce ? Math.min(retries * 200, 5_000) : cause),
    },
  });
  client.on('ready', () => (connectedOnce = true));
  // Without a listener node-redis would crash the process on a dropped connection; requests go on meanwhile.
  client.on('error', (error: Error) => logger.warn({ err: error }, 'Redis connection problem (rate-limit counts)'));
  try {
    await client.connect();
  } catch (error) {
    client.destroy();
    throw new RedisUnavailableError(
      `Cannot reach Redis at REDIS_URL (${safeUrl(redisUrl)}): ${error instanceof Error ? error.message : error}\n` +
        'Check that Redis runs and REDIS_URL is right, or unset REDIS_URL to count requests in memory.',
    );
  }
  const store = new RedisStore({
    prefix: KEY_PREFIX,
    sendCommand: (...args: string[]) => client.sendCommand(args) as Promise<RedisReply>,
  });
  return {
    store,
    close: async () => {
      if (client.isOpen) await client.close();
    },
  };
}

/** The URL without its password, for messages. */
function safeUrl(redisUrl: string): string {
  try {
    const url = new URL(redisUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'not a valid URL';
  }
}
