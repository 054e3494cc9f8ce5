// Who may change user data (saved queries, and whatever else users create): the write rule, decided once at start.
// On a loopback address only this machine's users reach the server, so writes are open unless WRITE_TOKEN is set.
// Beyond loopback anyone on the network could delete everyone's work, so writes always need a token there: WRITE_TOKEN,
// or one the server makes up at start and prints once. `requireBearerToken` enforces whichever token applies.
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';

export interface WriteAccess {
  /** The token every write needs, or undefined when writes are open (loopback without WRITE_TOKEN). */
  token?: string;
  /** True when the server made the token up because it listens beyond loopback without WRITE_TOKEN. */
  generated: boolean;
}

export function decideWriteAccess(host: string, configuredToken: string | undefined): WriteAccess {
  if (configuredToken) return { token: configuredToken, generated: false };
  if (isLoopback(host)) return { generated: false };
  return { token: randomBytes(24).toString('base64url'), generated: true };
}

/** 127.0.0.0/8, ::1 and "localhost"; 0.0.0.0, :: and every other address or name reach beyond this machine. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1' || /^::ffff:127\./.test(bare);
  return false;
}

/** What the server prints once when it made a token up. */
export function generatedTokenNotice(token: string, host: string): string {
  return [
    `The server listens on ${host}, beyond this machine, and WRITE_TOKEN is not set: saving and deleting user data`,
    `needs this token until the server stops (it is printed only now):`,
    ``,
    `    Authorization: Bearer ${token}`,
    ``,
    `Set WRITE_TOKEN to a secret of your own (16+ characters) to keep one token across restarts.`,
  ].join('\n');
}
