// Settings of `npm run load`, from its arguments: how long, how many connections, and whether to start its own
// server or target one already running (on loopback only: a load test is never pointed at someone else's machine).
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { wholeNumber } from '../../server/src/config/config.schema';

export interface LoadSettings {
  /** The server to load, without a trailing slash; absent means start one (with its own Neo4j). */
  url?: string;
  durationSeconds: number;
  connections: number;
  /** Bearer token for the saved-query writes in the mix, when the target server needs one. */
  token?: string;
  /** Process id of the target server, to read its memory; known when the load command started it. */
  pid?: number;
}

export class LoadSettingsError extends Error {
  override name = 'LoadSettingsError';
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

const schema = z.object({
  url: z
    .url({ error: 'must be an address like http://127.0.0.1:3000' })
    .refine((value) => LOOPBACK_HOSTS.has(new URL(value).hostname), {
      error: 'must be on this machine (127.0.0.1, localhost or [::1]): the load command only loads loopback servers',
    })
    .transform((value) => new URL(value).origin)
    .optional(),
  duration: wholeNumber(1, 3_600).default(60),
  connections: wholeNumber(1, 10_000).default(100),
  token: z.string().min(1).optional(),
  pid: wholeNumber(1, 4_194_304).optional(),
});

export const LOAD_USAGE =
  'npm run load -- [--duration <seconds, default 60>] [--connections <n, default 100>] ' +
  '[--url http://127.0.0.1:<port> [--pid <server pid>] [--token <write token>]]';

export function readLoadSettings(args: readonly string[], env: NodeJS.ProcessEnv): LoadSettings {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        url: { type: 'string' },
        duration: { type: 'string' },
        connections: { type: 'string' },
        token: { type: 'string' },
        pid: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new LoadSettingsError(`${error instanceof Error ? error.message : String(error)}\nUsage: ${LOAD_USAGE}`);
  }
  const parsed = schema.safeParse({ ...values, token: values.token ?? (env.WRITE_TOKEN || undefined) });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `--${issue.path.join('.')} ${issue.message}`);
    throw new LoadSettingsError(`Bad load setting: ${problems.join('; ')}.\nUsage: ${LOAD_USAGE}`);
  }
  const { url, duration, connections, token, pid } = parsed.data;
  return { url, durationSeconds: duration, connections, token, pid };
}
