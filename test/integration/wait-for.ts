// Waiting for conditions instead of sleeping, so tests hold on a busy machine: poll until true or a generous deadline.
import type { Driver } from 'neo4j-driver';

export async function waitFor(
  condition: () => Promise<boolean> | boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`Gave up after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Resolves once Neo4j runs a transaction whose query contains `fragment`: the request that sent it holds its slot. */
export function waitForRunningQuery(driver: Driver, fragment: string, timeoutMs = 30_000): Promise<void> {
  return waitFor(
    async () => {
      const result = await driver.executeQuery(
        'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $fragment RETURN count(*) AS running',
        { fragment },
      );
      return Number(result.records[0]?.get('running')) > 0;
    },
    `a running query containing "${fragment}"`,
    timeoutMs,
  );
}
