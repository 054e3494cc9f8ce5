// The bench's HTTP client: node:http on kept-alive connections. The bench times the server, so its client should
// cost as little as it can: Node's fetch (undici behind WHATWG streams) spent about 0.6 ms more CPU per request than
// this in the same process (RETURN 1 through POST /api/cypher: 3.0 ms against 2.4 ms p50 at load average 2), time
// that would be counted as the server's.
import http from 'node:http';

/** One agent for the whole run: requests go one at a time, so they reuse one warm connection. */
const agent = new http.Agent({ keepAlive: true });

export interface HttpAnswer {
  status: number;
  body: Buffer;
}

export interface HttpRequestOptions {
  method?: string;
  /** Sent as JSON. */
  json?: unknown;
}

/** Sends one request and reads the whole answer. */
export function sendHttp(url: string, { method = 'GET', json }: HttpRequestOptions = {}): Promise<HttpAnswer> {
  const payload = json === undefined ? undefined : Buffer.from(JSON.stringify(json));
  const headers = payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {};
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(payload);
  });
}

/** Parses an answer's body as JSON. */
export function jsonOf<T>(answer: HttpAnswer): T {
  return JSON.parse(answer.body.toString('utf8')) as T;
}
