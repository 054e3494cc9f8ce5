// A small crowd for fault tests: workers that send a mix of API requests (reads, ad-hoc Cypher, saves of user
// queries) one after another until stopped, each bounded by a client-side deadline, and record every outcome —
// so a test can say what was answered while the database was down, that nothing hung, and that no save was lost.

export interface Outcome {
  kind: string;
  startedAt: number;
  endedAt: number;
  /** HTTP status, or undefined when no answer came (network error or the client's deadline). */
  status?: number;
  code?: string;
  /** Network error or "deadline" when the request did not get an answer. */
  failure?: string;
  /** Id of the user query a save asked for. */
  savedId?: string;
}

export interface CrowdOptions {
  url: string;
  workers: number;
  /** The longest any request may take before the test calls it hung. */
  deadlineMs: number;
  /** Prefix of the user queries the crowd saves. */
  savePrefix: string;
}

const READS: [kind: string, path: string][] = [
  ['search', '/api/search?q=Kursk&limit=10'],
  ['node', '/api/nodes/person%3Apat-ryder'],
  ['neighbours', '/api/nodes/place%3Akursk-region/neighbors?limit=20'],
  ['claims', '/api/claims?about=place%3Akursk-region&limit=10'],
  ['schema', '/api/schema'],
  ['list queries', '/api/queries'],
];

export class Crowd {
  readonly outcomes: Outcome[] = [];
  private running = true;
  private saves = 0;
  private readonly done: Promise<void[]>;

  constructor(private readonly options: CrowdOptions) {
    this.done = Promise.all(Array.from({ length: options.workers }, (_, worker) => this.work(worker)));
  }

  /** Stops sending and resolves once every request in flight has its outcome. */
  async stop(): Promise<Outcome[]> {
    this.running = false;
    await this.done;
    return this.outcomes;
  }

  /** Resolves once `count` outcomes satisfy `test` (checked as they arrive), or rejects after `timeoutMs`. */
  async waitFor(test: (outcome: Outcome) => boolean, count: number, what: string, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.outcomes.filter(test).length < count) {
      if (Date.now() > deadline) throw new Error(`Gave up after ${timeoutMs} ms waiting for ${count} ${what}.`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private async work(worker: number): Promise<void> {
    for (let turn = 0; this.running; turn += 1) {
      const pick = (worker + turn) % (READS.length + 2);
      let retryAfterMs: number;
      if (pick < READS.length) retryAfterMs = await this.send(READS[pick]![0], READS[pick]![1]);
      else if (pick === READS.length)
        retryAfterMs = await this.send('cypher', '/api/cypher', { query: 'MATCH (p:Person) RETURN p LIMIT 5' });
      else {
        this.saves += 1;
        const id = `${this.options.savePrefix}${this.saves}`;
        retryAfterMs = await this.send(
          'save',
          '/api/queries',
          { id, title: `Saved under load ${this.saves}`, query: 'RETURN 1 AS one' },
          id,
        );
      }
      // A polite client, like the explorer: told to come back later, it does (at most 1 s later, to keep tests short).
      if (retryAfterMs > 0 && this.running) await new Promise((resolve) => setTimeout(resolve, retryAfterMs));
    }
  }

  /** Sends one request and records its outcome; resolves with how long the server asked to wait (Retry-After). */
  private async send(kind: string, path: string, body?: unknown, savedId?: string): Promise<number> {
    const startedAt = Date.now();
    const outcome: Outcome = { kind, startedAt, endedAt: startedAt, savedId };
    let retryAfterMs = 0;
    try {
      const response = await fetch(`${this.options.url}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.deadlineMs),
      });
      outcome.status = response.status;
      retryAfterMs = Math.min(1_000, 1_000 * Number(response.headers.get('retry-after') ?? 0) || 0);
      const text = await response.text();
      if (response.status >= 400) outcome.code = errorCode(text);
    } catch (error) {
      outcome.failure = error instanceof Error && error.name === 'TimeoutError' ? 'deadline' : describe(error);
    }
    outcome.endedAt = Date.now();
    this.outcomes.push(outcome);
    return retryAfterMs;
  }
}

function errorCode(text: string): string {
  try {
    return (JSON.parse(text) as { error?: { code?: string } }).error?.code ?? 'no code';
  } catch {
    return 'not JSON';
  }
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
