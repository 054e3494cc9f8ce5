// Sends one of the bench's API requests to the running server, again and again, and summarises its latency.
import type { BenchRequest } from './bench-endpoints';
import { sendHttp } from './http-client';
import { measure, type SamplePlan } from './latency';

export interface RequestFigures {
  p50: number;
  p95: number;
  count: number;
  /** Every HTTP status seen, e.g. "200" or "200/504", so a failing endpoint cannot pass for a fast one. */
  status: string;
}

/** Sends the request once, reads the whole answer and returns its HTTP status. */
export async function sendRequest(baseUrl: string, request: BenchRequest): Promise<number> {
  const answer = await sendHttp(`${baseUrl}${request.path}`, { method: request.method, json: request.body });
  return answer.status;
}

export async function timeRequest(baseUrl: string, request: BenchRequest, plan: SamplePlan): Promise<RequestFigures> {
  const summary = await measure(() => sendRequest(baseUrl, request), plan);
  return { p50: summary.p50, p95: summary.p95, count: summary.count, status: [...summary.statuses].join('/') };
}
