// Whether Neo4j can be reached, as the server last saw it. A request that meets a connection failure marks the
// database unreachable; from then on one probe at a time (a bare `RETURN 1` through the server's own driver) runs every
// `probeIntervalMs` until it answers, and that answer marks the database reachable again.
//
// Why: while Neo4j is down (killed, restarting), every request that tries it waits out the driver's connection and
// retry bounds (seconds) while holding a query slot, so the queue fills with doomed requests; when Neo4j comes back,
// new requests would wait behind them, and a crowd of them would hit the cold database at once. Answering 503 at once
// while the database is known to be unreachable keeps the slots free, and recovery then takes at most one probe
// interval after the database answers — not "whenever the backlog clears".

export interface DatabaseAvailabilityOptions {
  /** Resolves when the database answers a trivial query; rejects (or never settles) while it does not. */
  probe: () => Promise<void>;
  /** Pause between two failed probes. */
  probeIntervalMs: number;
  /** A probe that has not answered by then counts as failed (the next one may start). */
  probeTimeoutMs: number;
  /** Told when the state flips, to log it. */
  onChange?: (reachable: boolean) => void;
}

export class DatabaseAvailability {
  private unreachable = false;
  private probing = false;
  private closed = false;
  private pause?: { timer: NodeJS.Timeout; wake: () => void };

  constructor(private readonly options: DatabaseAvailabilityOptions) {}

  /** False from a connection failure until a probe answers. */
  get reachable(): boolean {
    return !this.unreachable;
  }

  /** A request met a connection failure: answer 503 at once from now on, and probe until the database answers. */
  reportUnreachable(): void {
    if (this.closed || this.unreachable) return;
    this.unreachable = true;
    this.options.onChange?.(false);
    if (!this.probing) void this.probeUntilReachable();
  }

  /** Stops probing (the server is shutting down). */
  close(): void {
    this.closed = true;
    if (this.pause) {
      clearTimeout(this.pause.timer);
      this.pause.wake();
    }
  }

  private async probeUntilReachable(): Promise<void> {
    this.probing = true;
    try {
      while (!this.closed && this.unreachable) {
        if (await this.probeOnce()) {
          this.unreachable = false;
          if (!this.closed) this.options.onChange?.(true);
          return;
        }
        await new Promise<void>((wake) => {
          this.pause = { timer: setTimeout(wake, this.options.probeIntervalMs), wake };
        });
        this.pause = undefined;
      }
    } finally {
      this.probing = false;
    }
  }

  private async probeOnce(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), this.options.probeTimeoutMs);
    });
    const answered = this.options.probe().then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([answered, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }
}
