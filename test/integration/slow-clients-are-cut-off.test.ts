// A client that trickles its headers or its body is cut off by the server's timeouts (HEADERS_TIMEOUT_MS,
// REQUEST_TIMEOUT_MS) and never holds a query slot meanwhile: with one slot and no queue, other requests are served.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../setup/test-server';
import { getJson } from './api-client';

const HEADERS_MS = 2_000;
const REQUEST_MS = 3_000;

interface Trickle {
  /** Resolves when the server closes the connection, with what it sent back and how long the connection lasted. */
  closed: Promise<{ answer: string; ms: number }>;
  stop(): void;
}

/** Opens a raw connection, sends `head` at once, then one byte of `rest` every 200 ms until the server hangs up. */
function trickle(url: string, head: string, rest: string): Trickle {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  const started = Date.now();
  let answer = '';
  let sent = 0;
  socket.write(head);
  const timer = setInterval(() => {
    if (!socket.writable) return;
    socket.write(rest[sent % rest.length]!);
    sent += 1;
  }, 200);
  socket.on('data', (chunk) => (answer += chunk.toString()));
  socket.on('error', () => undefined);
  const closed = new Promise<{ answer: string; ms: number }>((resolve) =>
    socket.once('close', () => {
      clearInterval(timer);
      resolve({ answer, ms: Date.now() - started });
    }),
  );
  return {
    closed,
    stop: () => {
      clearInterval(timer);
      socket.destroy();
    },
  };
}

describe('slow clients', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      maxConcurrentQueries: 1,
      queryQueue: { length: 0, maxWaitMs: 1_000 },
      httpTimeouts: { headersMs: HEADERS_MS, requestMs: REQUEST_MS, keepAliveMs: 5_000 },
    });
  });
  afterAll(async () => server.close());

  it('that trickle their headers are cut off after the headers timeout, and hold no query slot', async () => {
    const slow = trickle(server.url, 'GET /api/schema HTTP/1.1\r\nHost: localhost\r\n', 'X-Slow: yes\r\n');
    try {
      // The only slot is free for others while the slow client sends its headers.
      expect((await getJson(`${server.url}/api/schema`)).status).toBe(200);
      const { answer, ms } = await slow.closed;
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(ms).toBeGreaterThanOrEqual(HEADERS_MS - 100);
    } finally {
      slow.stop();
    }
  });

  it('that trickle their body are cut off after the request timeout, and hold no query slot', async () => {
    const body = JSON.stringify({ query: `RETURN '${'x'.repeat(200)}' AS slow` });
    const slow = trickle(
      server.url,
      `POST /api/cypher HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
      body,
    );
    try {
      expect((await getJson(`${server.url}/api/schema`)).status).toBe(200);
      const { answer, ms } = await slow.closed;
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(ms).toBeGreaterThanOrEqual(REQUEST_MS - 100);
      expect((await getJson(`${server.url}/api/schema`)).status).toBe(200);
    } finally {
      slow.stop();
    }
  });
});
