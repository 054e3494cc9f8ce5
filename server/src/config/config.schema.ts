// The server's settings: every environment variable with its default and validation, side by side.
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);
const boltUri = z
  .string()
  .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must look like bolt://host:7687 or neo4j+s://host');
/** A whole number from an environment variable, with messages that name the allowed range. */
export const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);
const origin = z
  .string()
  .regex(/^(\*|https?:\/\/[^\s/,]+)$/, 'each origin must look like https://example.org (scheme, host, optional port)');
const trustProxy = z
  .string()
  .regex(/^(true|false|\d{1,2})$/, 'must be true, false or the number of proxies in front of the server')
  .transform((value) => (value === 'true' ? true : value === 'false' ? false : Number(value)));

export const envSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NEO4J_URI: boltUri,
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).default('kg-explorer-local'),
  NEO4J_DATABASE: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Most rows one query returns; the rest is cut off and `summary.truncated` says so. */
  QUERY_ROW_CAP: wholeNumber(1, 100_000).default(2_000),
  /** Transaction timeout of every query; a query still running then is stopped and answers 504 TIMEOUT. */
  QUERY_TIMEOUT_MS: wholeNumber(100, 600_000).default(15_000),
  /** Longest Cypher text accepted by POST /api/cypher and POST /api/queries, in characters. */
  QUERY_MAX_LENGTH: wholeNumber(100, 1_000_000).default(10_000),
  /** Largest request body, in bytes; larger bodies answer 413 PAYLOAD_TOO_LARGE. */
  BODY_LIMIT_BYTES: wholeNumber(1_024, 10_000_000).default(65_536),
  /** Queries running at once across all clients; one more answers 429 RATE_LIMITED with Retry-After. */
  MAX_CONCURRENT_QUERIES: wholeNumber(1, 1_000).default(8),
  /** API requests per client address and minute (GET /api/health is exempt). */
  RATE_LIMIT_PER_MINUTE: wholeNumber(1, 1_000_000).default(300),
  /** Origins allowed to call the API from a browser, comma-separated; empty means same-origin only. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((item) => item.trim().replace(/\/$/, ''))
        .filter(Boolean),
    )
    .pipe(z.array(origin)),
  /**
   * Origins whose pages may frame /embed, comma-separated: "*" (the default) is any origin, an empty value turns
   * framing by other sites off, a list allows exactly those. The explorer's own pages are never framable elsewhere.
   */
  EMBED_ORIGINS: z
    .string()
    .default('*')
    .transform((value) =>
      value
        .split(',')
        .map((item) => item.trim().replace(/\/$/, ''))
        .filter(Boolean),
    )
    .pipe(z.array(origin)),
  /** When set, saving and deleting user queries needs `Authorization: Bearer <token>`. */
  SAVED_QUERIES_TOKEN: z.string().min(16, 'must be at least 16 characters (use a random secret)').optional(),
  /** Express's "trust proxy": how many reverse proxies set X-Forwarded-For (for per-client rate limits). */
  TRUST_PROXY: trustProxy.default(false),
});

export type Env = z.infer<typeof envSchema>;

export interface QueryLimits {
  rowCap: number;
  timeoutMs: number;
  maxQueryLength: number;
}

export interface Config {
  port: number;
  host: string;
  neo4j: { uri: string; user: string; password: string; database?: string };
  logLevel: Env['LOG_LEVEL'];
  /** Folder of the built client that the server serves; absent in API-only tests. */
  clientDir?: string;
  queryLimits: QueryLimits;
  bodyLimitBytes: number;
  maxConcurrentQueries: number;
  rateLimitPerMinute: number;
  corsOrigins: string[];
  /** Origins that may frame /embed: ["*"] any, [] none but the explorer itself. */
  embedOrigins: string[];
  savedQueriesToken?: string;
  trustProxy: boolean | number;
}
