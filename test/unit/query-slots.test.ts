import { afterEach, describe, expect, it, vi } from 'vitest';
import { RateLimitedError } from '../../server/src/errors/app-errors';
import { QuerySlots } from '../../server/src/http/query-slots';

describe('the query slots', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('grants slots at once up to the capacity', async () => {
    const slots = new QuerySlots({ capacity: 2, queueLength: 0, maxWaitMs: 1_000 });
    await slots.acquire();
    await slots.acquire();
    expect(slots.inUse).toBe(2);
  });

  it('refuses at once with Retry-After when every slot is taken and the queue is full', async () => {
    const slots = new QuerySlots({ capacity: 1, queueLength: 1, maxWaitMs: 60_000 });
    await slots.acquire();
    const waiting = slots.acquire();
    const refused = await slots.acquire().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect((refused as RateLimitedError).message).toMatch(/1 queries and 1 more are waiting/);
    expect(slots.waiting).toBe(1);
    void waiting;
  });

  it('hands a freed slot to the longest waiter first', async () => {
    const slots = new QuerySlots({ capacity: 1, queueLength: 10, maxWaitMs: 60_000 });
    const first = await slots.acquire();
    const order: string[] = [];
    const second = slots.acquire().then((release) => {
      order.push('second');
      return release;
    });
    const third = slots.acquire().then((release) => {
      order.push('third');
      return release;
    });
    expect(slots.waiting).toBe(2);
    first();
    (await second)();
    (await third)();
    expect(order).toEqual(['second', 'third']);
    expect(slots.inUse).toBe(0);
  });

  it('does not let a newcomer overtake the queue when a slot frees', async () => {
    const slots = new QuerySlots({ capacity: 1, queueLength: 10, maxWaitMs: 60_000 });
    const first = await slots.acquire();
    const waiter = slots.acquire();
    first();
    const newcomer = slots.acquire();
    expect(slots.inUse).toBe(1);
    expect(slots.waiting).toBe(1);
    (await waiter)();
    (await newcomer)();
    expect(slots.inUse).toBe(0);
  });

  it('refuses a waiter with 429 once its wait reaches the bound, and forgets it', async () => {
    vi.useFakeTimers();
    const slots = new QuerySlots({ capacity: 1, queueLength: 10, maxWaitMs: 2_000 });
    await slots.acquire();
    const waiting = slots.acquire().catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(slots.waiting).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    const refused = await waiting;
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).message).toMatch(/no query slot came free within 2000 ms/);
    expect(slots.waiting).toBe(0);
  });

  it('drops a waiter whose client went away, without giving it a slot', async () => {
    const slots = new QuerySlots({ capacity: 1, queueLength: 10, maxWaitMs: 60_000 });
    const first = await slots.acquire();
    const gone = new AbortController();
    const waiting = slots.acquire(gone.signal).catch((error: unknown) => error);
    gone.abort(new Error('client went away'));
    expect(await waiting).toEqual(new Error('client went away'));
    expect(slots.waiting).toBe(0);
    first();
    expect(slots.inUse).toBe(0);
  });

  it('ignores a second release of the same slot', async () => {
    const slots = new QuerySlots({ capacity: 2, queueLength: 0, maxWaitMs: 1_000 });
    const release = await slots.acquire();
    await slots.acquire();
    release();
    release();
    expect(slots.inUse).toBe(1);
  });
});
