// Pages of the claims list agree however they are read: one page at a time (the shape a hub's first page takes,
// walking the claim_date index while checking each claim's own links) and all at once (the general top-k query),
// and the totals read from the count and degree stores agree with the claims themselves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimsResponseSchema } from '../../server/src/claims/claims.schema';
import { startTestServer, type TestServer } from '../setup/test-server';
import { getJson } from './api-client';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

async function list(search: string) {
  const answer = await getJson(`${server.url}/api/claims?${search}`);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return claimsResponseSchema.parse(answer.body);
}

describe.each([
  ['every claim', ''],
  ['claims about the Kursk region', 'about=place:kursk-region&'],
  ["the GUR's claims", 'by=agency:gur&'],
])('%s, oldest first', (_name, filter) => {
  it('come in the same order one at a time as in one page, with the same total', async () => {
    const whole = await list(`${filter}limit=1000`);
    expect(whole.total).toBe(whole.claims.length);
    expect(whole.total).toBeGreaterThan(3);
    const oneByOne: string[] = [];
    for (let skip = 0; skip < whole.total; skip += 1) {
      const page = await list(`${filter}limit=1&skip=${skip}`);
      expect(page.total).toBe(whole.total);
      oneByOne.push(...page.claims.map((claim) => claim.id));
    }
    expect(oneByOne).toEqual(whole.claims.map((claim) => claim.id));
  });
});
