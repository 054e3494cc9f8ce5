// Small HTTP helpers for the API tests: JSON in, status and JSON out.

/** Tests read answers loosely and assert on their fields; the server checks its own shapes with zod. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonBody = any;

export interface ApiAnswer<T = JsonBody> {
  status: number;
  body: T;
  headers: Headers;
}

export async function getJson<T = JsonBody>(url: string, headers: Record<string, string> = {}): Promise<ApiAnswer<T>> {
  const response = await fetch(url, { headers });
  return { status: response.status, body: (await readBody(response)) as T, headers: response.headers };
}

export async function postJson<T = JsonBody>(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
  method = 'POST',
): Promise<ApiAnswer<T>> {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await readBody(response)) as T, headers: response.headers };
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
