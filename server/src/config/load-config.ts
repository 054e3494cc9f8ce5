// Reads and validates the configuration once at start-up; a bad value stops the process with a clear message.
import path from 'node:path';
import { envSchema, type Config } from './config.schema';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const DEFAULT_CLIENT_DIR = path.resolve(import.meta.dirname, '../../../client/dist');
export const DEFAULT_CYPHER_DIR = path.resolve(import.meta.dirname, '../../../cypher');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '');
      const value =
        name in env ? ` (got "${/PASSWORD|TOKEN|REDIS_URL/.test(name) ? '***' : env[name]}")` : ' (not set)';
      return `  ${name}${value}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration; fix these environment variables:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    neo4j: { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE },
    logLevel: e.LOG_LEVEL,
    clientDir: DEFAULT_CLIENT_DIR,
    queryLimits: { rowCap: e.QUERY_ROW_CAP, timeoutMs: e.QUERY_TIMEOUT_MS, maxQueryLength: e.QUERY_MAX_LENGTH },
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    maxConcurrentQueries: e.MAX_CONCURRENT_QUERIES,
    queryQueue: { length: e.QUERY_QUEUE_LENGTH, maxWaitMs: e.QUERY_QUEUE_WAIT_MS },
    httpTimeouts: {
      headersMs: e.HEADERS_TIMEOUT_MS,
      requestMs: e.REQUEST_TIMEOUT_MS,
      keepAliveMs: e.KEEP_ALIVE_TIMEOUT_MS,
    },
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    redisUrl: e.REDIS_URL,
    corsOrigins: e.CORS_ORIGINS,
    embedOrigins: e.EMBED_ORIGINS,
    writeToken: e.WRITE_TOKEN ?? e.SAVED_QUERIES_TOKEN,
    trustProxy: e.TRUST_PROXY,
    publicUrl: e.PUBLIC_URL,
    cypherDir: e.CYPHER_DIR ? path.resolve(e.CYPHER_DIR) : DEFAULT_CYPHER_DIR,
  };
}

/** Variables whose empty value means something (EMBED_ORIGINS= turns framing off) rather than "the default". */
const EMPTY_MEANS_NONE = new Set(['EMBED_ORIGINS']);

/** An empty variable (`PORT=`) means "use the default", as people expect from shells and .env files. */
function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && (!!entry[1] || EMPTY_MEANS_NONE.has(entry[0])),
    ),
  );
}
