// The server's structured logger (pino): JSON lines, with the password never printed.
import { pino, type Logger } from 'pino';
import type { Config } from './config/config.schema';

export function createLogger(level: Config['logLevel']): Logger {
  return pino({ level, redact: ['config.neo4j.password', 'req.headers.authorization'] });
}
