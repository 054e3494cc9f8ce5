import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatabaseAvailability } from '../../server/src/db/database-availability';

/** A probe the test answers: each call waits until the test says whether the database answers. */
function controlledProbe() {
  const calls: { answer: (up: boolean) => void }[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const probe = () =>
    new Promise<void>((resolve, reject) => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      calls.push({
        answer: (up) => {
          running -= 1;
          if (up) resolve();
          else reject(new Error('ECONNREFUSED'));
        },
      });
    });
  return { probe, calls, mostAtOnce: () => mostAtOnce };
}

describe('the database availability', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is reachable until a connection failure is reported, then probes until the database answers', async () => {
    const { probe, calls, mostAtOnce } = controlledProbe();
    const changes: boolean[] = [];
    const availability = new DatabaseAvailability({
      probe,
      probeIntervalMs: 5,
      probeTimeoutMs: 60_000,
      onChange: (reachable) => changes.push(reachable),
    });
    expect(availability.reachable).toBe(true);
    expect(calls).toHaveLength(0);

    availability.reportUnreachable();
    availability.reportUnreachable();
    expect(availability.reachable).toBe(false);
    for (let failed = 0; failed < 3; failed += 1) {
      await expect.poll(() => calls.length).toBe(failed + 1);
      calls[failed]!.answer(false);
    }
    await expect.poll(() => calls.length).toBe(4);
    expect(availability.reachable).toBe(false);
    calls[3]!.answer(true);
    await expect.poll(() => availability.reachable).toBe(true);
    // One probe at a time, however often the failure was reported; one change each way.
    expect(mostAtOnce()).toBe(1);
    expect(changes).toEqual([false, true]);
    availability.close();
  });

  it('counts a probe that does not answer in time as failed and tries again', async () => {
    let calls = 0;
    // The first probe never settles (a half-started database that accepts the connection and says nothing).
    const probe = () => (++calls === 1 ? new Promise<void>(() => undefined) : Promise.resolve());
    const availability = new DatabaseAvailability({ probe, probeIntervalMs: 5, probeTimeoutMs: 20 });
    availability.reportUnreachable();
    await expect.poll(() => availability.reachable).toBe(true);
    expect(calls).toBe(2);
    availability.close();
  });

  it('stops probing once closed', async () => {
    vi.useFakeTimers();
    const { probe, calls } = controlledProbe();
    const availability = new DatabaseAvailability({ probe, probeIntervalMs: 5, probeTimeoutMs: 60_000 });
    availability.reportUnreachable();
    expect(calls).toHaveLength(1);
    availability.close();
    calls[0]!.answer(false);
    // Many probe intervals later, no second probe has started.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toHaveLength(1);
    availability.reportUnreachable();
    expect(calls).toHaveLength(1);
  });
});
