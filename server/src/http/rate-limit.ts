// Per-client request budget (express-rate-limit, a one-minute window keyed by client address, counted in memory or
// in a shared Redis); over it the API answers the contract's 429 RATE_LIMITED JSON with Retry-After.
import type { RequestHandler } from 'express';
import { rateLimit, type Store } from 'express-rate-limit';
import { RateLimitedError } from '../errors/app-errors';

const WINDOW_MS = 60_000;

export function rateLimitPerClient(limitPerMinute: number, store?: Store): RequestHandler {
  return rateLimit({
    // Memory when undefined; a shared Redis with REDIS_URL (rate-limit-store.ts).
    store,
    // If the shared store is unreachable, serve the request rather than fail it: the limit is a guard, not a gate.
    passOnStoreError: true,
    windowMs: WINDOW_MS,
    limit: limitPerMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    // Health probes from load balancers must not use up a client's budget nor be refused.
    skip: (req) => req.path === '/health',
    handler: (req, _res, next) => {
      const resetTime = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const seconds = resetTime ? Math.max(1, Math.ceil((resetTime.getTime() - Date.now()) / 1000)) : 60;
      next(
        new RateLimitedError(
          `Too many requests: at most ${limitPerMinute} per minute from one client. Try again in ${seconds} s.`,
          seconds,
        ),
      );
    },
  });
}
