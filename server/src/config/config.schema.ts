// The server's settings: every environment variable with its default and validation, side by side.
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);
const boltUri = z
  .string()
  .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must look like bolt://host:7687 or neo4j+s://host');

export const envSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NEO4J_URI: boltUri,
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).default('kg-explorer-local'),
  NEO4J_DATABASE: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  port: number;
  host: string;
  neo4j: { uri: string; user: string; password: string; database?: string };
  logLevel: Env['LOG_LEVEL'];
  /** Folder of the built client that the server serves; absent in API-only tests. */
  clientDir?: string;
}
