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

const writeToken = z.string().min(16, 'must be at least 16 characters (use a random secret)');

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
  /** Queries running at once across all clients; more wait in the query queue. */
  MAX_CONCURRENT_QUERIES: wholeNumber(1, 1_000).default(8),
  /** Requests that may wait for a query slot; one more answers 429 RATE_LIMITED with Retry-After at once. */
  QUERY_QUEUE_LENGTH: wholeNumber(0, 100_000).default(500),
  /** Longest wait for a query slot, in ms; a request still waiting then answers 429 RATE_LIMITED with Retry-After. */
  QUERY_QUEUE_WAIT_MS: wholeNumber(0, 600_000).default(10_000),
  /** Longest a client may take to send a request's headers, in ms; a slower one is cut off (408). */
  HEADERS_TIMEOUT_MS: wholeNumber(1_000, 600_000).default(10_000),
  /** Longest a client may take to send a whole request (headers and body), in ms; a slower one is cut off (408). */
  REQUEST_TIMEOUT_MS: wholeNumber(1_000, 600_000).default(30_000),
  /** How long an idle keep-alive connection stays open, in ms. */
  KEEP_ALIVE_TIMEOUT_MS: wholeNumber(1_000, 600_000).default(5_000),
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
  /**
   * When set, every user write (saving or deleting a query…) needs `Authorization: Bearer <token>`. Unset, writes are
   * open on a loopback server only; beyond loopback the server makes a token up at start and prints it once.
   */
  WRITE_TOKEN: writeToken.optional(),
  /** The older name of WRITE_TOKEN, still read when WRITE_TOKEN is unset. */
  SAVED_QUERIES_TOKEN: writeToken.optional(),
  /** The Cypher folder (schema/, data/, articles/) that new articles are written to and loaded from. */
  CYPHER_DIR: z.string().min(1).optional(),
  /** When set, the per-client rate limit is counted in this Redis, shared by every server instance behind a balancer. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/[^\s]+$/, 'must look like redis://host:6379 or rediss://user:password@host:6380/0')
    .optional(),
  /** Express's "trust proxy": how many reverse proxies set X-Forwarded-For (for per-client rate limits). */
  TRUST_PROXY: trustProxy.default(false),
  /**
   * The explorer's public address (scheme, host, optional port), written into embed snippets, oEmbed answers and
   * JSON-LD ids; unset, each request's own address is used.
   */
  PUBLIC_URL: z
    .string()
    .transform((value) => value.trim().replace(/\/$/, ''))
    .pipe(z.string().regex(/^https?:\/\/[^\s/,?#]+$/, 'must look like https://graph.example.org (no path)'))
    .optional(),
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
  queryQueue: { length: number; maxWaitMs: number };
  /** Limits on how slowly a client may send its request (node:http's headersTimeout, requestTimeout…). */
  httpTimeouts: { headersMs: number; requestMs: number; keepAliveMs: number };
  rateLimitPerMinute: number;
  /** Redis for the shared rate-limit counts; unset counts in this process's memory. */
  redisUrl?: string;
  corsOrigins: string[];
  /** Origins that may frame /embed: ["*"] any, [] none but the explorer itself. */
  embedOrigins: string[];
  /** Token every user write needs; see WRITE_TOKEN and the write rule in http/write-access.ts. */
  writeToken?: string;
  trustProxy: boolean | number;
  /** PUBLIC_URL: the address links are written with; unset, each request's own. */
  publicUrl?: string;
  /** Where POST /api/articles writes new article files (cypher/ by default). */
  cypherDir: string;
}
