// A cap on queries running at once across all clients, with a bounded wait queue in front of it. A request that finds
// every slot taken waits its turn (first come, first served) instead of being refused; it is refused with 429
// RATE_LIMITED and Retry-After only when the queue is full or its wait reaches the bound, so a burst is served at the
// database's pace without piling up unbounded work or holding sockets for ever. 429 rather than 503 because the
// database is fine and the client only has to retry shortly.
import type { RequestHandler } from 'express';
import { RateLimitedError } from '../errors/app-errors';

export interface QuerySlotsOptions {
  /** Queries running at once. */
  capacity: number;
  /** Requests that may wait for a slot; one more is refused at once. */
  queueLength: number;
  /** Longest a request waits for a slot before it is refused. */
  maxWaitMs: number;
}

export type Release = () => void;

interface Waiter {
  grant(release: Release): void;
  timer: NodeJS.Timeout;
}

export class QuerySlots {
  private running = 0;
  private readonly waiters: Waiter[] = [];
  /** Moving average of how long a slot is held, to tell refused clients when to come back. */
  private averageHoldMs = 50;

  constructor(readonly options: QuerySlotsOptions) {}

  get inUse(): number {
    return this.running;
  }

  get waiting(): number {
    return this.waiters.length;
  }

  /**
   * Resolves with a release function once a slot is free; rejects with RateLimitedError when the queue is full or the wait
   * reaches its bound. `cancelled` aborts the wait (the client went away), rejecting with its reason.
   */
  acquire(cancelled?: AbortSignal): Promise<Release> {
    if (this.running < this.options.capacity && this.waiters.length === 0) return Promise.resolve(this.take());
    if (this.waiters.length >= this.options.queueLength) {
      return Promise.reject(
        new RateLimitedError(
          `The server is running ${this.options.capacity} queries and ${this.waiters.length} more are waiting, ` +
            'its limit; try again in a moment.',
          this.retryAfterSeconds(),
        ),
      );
    }
    return new Promise((resolve, reject) => {
      const leave = (): void => {
        const index = this.waiters.indexOf(waiter);
        if (index >= 0) this.waiters.splice(index, 1);
        clearTimeout(waiter.timer);
        cancelled?.removeEventListener('abort', onAbort);
      };
      const onAbort = (): void => {
        leave();
        reject(cancelled?.reason);
      };
      const waiter: Waiter = {
        grant: (release) => {
          leave();
          resolve(release);
        },
        timer: setTimeout(() => {
          leave();
          reject(
            new RateLimitedError(
              `The server is busy: no query slot came free within ${this.options.maxWaitMs} ms; try again in a moment.`,
              this.retryAfterSeconds(),
            ),
          );
        }, this.options.maxWaitMs),
      };
      this.waiters.push(waiter);
      cancelled?.addEventListener('abort', onAbort, { once: true });
    });
  }

  private take(): Release {
    this.running += 1;
    const started = performance.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.averageHoldMs = 0.9 * this.averageHoldMs + 0.1 * (performance.now() - started);
      this.running -= 1;
      // The freed slot goes straight to the longest waiter, so a newcomer cannot overtake the queue.
      this.waiters[0]?.grant(this.take());
    };
  }

  /** Roughly when the queue ahead will have drained: at least 1 s, whole seconds as Retry-After wants. */
  private retryAfterSeconds(): number {
    const drainMs = ((this.waiters.length + 1) * this.averageHoldMs) / this.options.capacity;
    return Math.max(1, Math.ceil(drainMs / 1000));
  }
}

/**
 * Takes a slot for the request's lifetime, waiting in the queue when none is free; the slot is given back when the
 * response finishes or the client goes away, and a client that goes away while waiting leaves the queue.
 */
export function limitConcurrentQueries(slots: QuerySlots): RequestHandler {
  return (req, res, next) => {
    const gone = new AbortController();
    const onClose = (): void => gone.abort(new Error('the client went away while waiting for a query slot'));
    res.once('close', onClose);
    const waitingBefore = slots.waiting;
    const granted = slots.acquire(gone.signal);
    if (slots.waiting > waitingBefore) req.log?.debug({ waiting: slots.waiting }, 'waiting for a query slot');
    granted.then(
      (release) => {
        res.off('close', onClose);
        if (res.writableEnded || res.destroyed) {
          release();
          return;
        }
        res.once('finish', release);
        res.once('close', release);
        next();
      },
      (error: unknown) => {
        res.off('close', onClose);
        // Nobody is left to answer when the client went away; otherwise the 429 goes out as JSON.
        if (!gone.signal.aborted) next(error);
      },
    );
  };
}
