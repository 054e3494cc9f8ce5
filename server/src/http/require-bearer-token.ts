// Guards changes to user saved queries: when a token is configured, the request must carry it as a bearer token.
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
        'Saving or deleting queries needs the header "Authorization: Bearer <token>" with the token set in ' +
          'SAVED_QUERIES_TOKEN on the server.',
      ),
    );
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
