// Settings of the local Neo4j that `npm start`, `npm run load:graph` and `npm run neo4j` start when NEO4J_URI is unset.
import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../server/src/config/load-config';
import type { LocalNeo4jOptions } from './neo4j/local-neo4j';

const ROOT = path.resolve(import.meta.dirname, '..');

const localEnvSchema = z.object({
  NEO4J_URI: z.string().optional(),
  NEO4J_PASSWORD: z
    .string()
    .min(8, 'must be at least 8 characters (Neo4j refuses shorter ones)')
    .default('kg-explorer-local'),
  NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_DATA_DIR: z.string().min(1).default(path.join(ROOT, '.neo4j')),
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mMgG]$/, 'must be a JVM size such as 512m or 1g')
    .default('1g'),
  /** Page cache of the local Neo4j: the store files it keeps in memory (a 1M-node graph needs about 2g). */
  NEO4J_PAGE_CACHE: z
    .string()
    .regex(/^\d+[mMgG]$/, 'must be a size such as 256m or 2g')
    .default('256m'),
  NEO4J_TX_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  NEO4J_TX_MEMORY_MB: z.coerce.number().int().min(16).max(65536).default(512),
  LOAD_ON_START: z.enum(['true', 'false']).default('true'),
});

export type LocalEnv = z.infer<typeof localEnvSchema>;

export function loadLocalEnv(env: NodeJS.ProcessEnv = process.env): LocalEnv {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = localEnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration; fix these environment variables:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** The local Neo4j's start options from the validated environment. */
export function localNeo4jOptions(env: LocalEnv, log: (line: string) => void): LocalNeo4jOptions {
  return {
    home: env.NEO4J_DATA_DIR,
    boltPort: env.NEO4J_BOLT_PORT,
    password: env.NEO4J_PASSWORD,
    heap: env.NEO4J_HEAP,
    pageCacheMb: toMegabytes(env.NEO4J_PAGE_CACHE),
    txTimeoutSeconds: env.NEO4J_TX_TIMEOUT_SECONDS,
    txMemoryMb: env.NEO4J_TX_MEMORY_MB,
    log,
  };
}

/** `512m` → 512, `2g` → 2048. */
export function toMegabytes(size: string): number {
  const amount = Number.parseInt(size, 10);
  return /[gG]$/.test(size) ? amount * 1024 : amount;
}
