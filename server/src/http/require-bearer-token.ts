// Guards every change to user data (saved queries, and any other user writes: use this middleware, not another):
// when a token applies (see write-access.ts), the request must carry it as a bearer token.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { UnauthorizedError } from '../errors/app-errors';

export function requireBearerToken(token: string | undefined): RequestHandler {
  if (!token) return (_req, _res, next) => next();
  const expected = digest(token);
  return (req, _res, next) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    // Comparing digests keeps the comparison constant-time whatever the length of what was sent.
    if (match?.[1] && timingSafeEqual(digest(match[1]), expected)) {
      next();
      return;
    }
    next(
      new UnauthorizedError(
        'Saving or deleting needs the header "Authorization: Bearer <token>" with the token set in WRITE_TOKEN on ' +
          'the server (or the one it printed at start when it listens beyond this machine without WRITE_TOKEN).',
      ),
    );
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
