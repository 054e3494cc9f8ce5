// A cap on queries running at once across all clients. When every slot is taken the request is refused at once with
// 429 RATE_LIMITED and Retry-After (rather than queued), so a burst can never pile up work on the database or hold
// sockets open; 429 rather than 503 because the database is fine and the client only has to retry shortly.
import type { RequestHandler } from 'express';
import { RateLimitedError } from '../errors/app-errors';

export class QuerySlots {
  private running = 0;

  constructor(readonly capacity: number) {}

  tryAcquire(): (() => void) | undefined {
    if (this.running >= this.capacity) return undefined;
    this.running += 1;
    let released = false;
    return () => {
      if (!released) {
        released = true;
        this.running -= 1;
      }
    };
  }

  get inUse(): number {
    return this.running;
  }
}

/** Takes a slot for the request's lifetime; it is given back when the response finishes or the client goes away. */
export function limitConcurrentQueries(slots: QuerySlots): RequestHandler {
  return (_req, res, next) => {
    const release = slots.tryAcquire();
    if (!release) {
      next(
        new RateLimitedError(
          `The server is already running ${slots.capacity} queries, its limit; try again in a moment.`,
          1,
        ),
      );
      return;
    }
    res.once('finish', release);
    res.once('close', release);
    next();
  };
}
