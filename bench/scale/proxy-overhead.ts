// The proxy against the driver it wraps: the same query sent as POST /api/cypher and run by neo4j-driver directly
// (executeQuery in READ mode, each record made a plain object), taking turns so all see the same machine at the same
// moment. The ratio of the medians is the proxy's cost: HTTP, the read-only checks, the JSON. The requests go through
// the bench's lean client (http-client.ts); the same request through fetch is timed beside it, so the client's own
// cost shows.
import type { Driver } from 'neo4j-driver';
import { jsonOf, sendHttp } from '../http-client';
import { formatMs, formatRatio, printTable } from '../print-table';

export interface ProxyComparison {
  name: string;
  rows: number;
  proxyP50: number;
  driverP50: number;
  ratio: number;
  /** The proxy's p50 when the request is sent with fetch instead. */
  fetchP50: number;
}

const QUERIES = [
  { name: 'tiny: RETURN 1', query: 'RETURN 1 AS one' },
  {
    name: '60 claims with claimants',
    // The first 60 claims in the order of the id index (no sort of every claim: ~1 s a query at 1M nodes, which was
    // Neo4j's time, not the proxy's), then whoever claimed each.
    query:
      'MATCH (c:Claim) WHERE c.id IS NOT NULL WITH c ORDER BY c.id LIMIT 60 ' +
      'MATCH (who)-[r:CLAIMED]->(c) RETURN who, r, c',
  },
  {
    name: 'large: 2,000 paths',
    query: 'MATCH p = (:Person)-[:CLAIMED]->(:Claim)-[:ABOUT]->(:Place) RETURN p LIMIT 2000',
  },
];

export async function compareProxyWithDriver(
  url: string,
  driver: Driver,
  options: { database?: string; warmup: number; samples: number },
): Promise<ProxyComparison[]> {
  const results: ProxyComparison[] = [];
  for (const { name, query } of QUERIES) {
    const checkRows = (status: number, body: { rows?: unknown[] }): number => {
      if (status !== 200) throw new Error(`POST /api/cypher answered ${status} for ${name}.`);
      return body.rows?.length ?? 0;
    };
    const runners = {
      proxy: async () => {
        const answer = await sendHttp(`${url}/api/cypher`, { method: 'POST', json: { query } });
        return checkRows(answer.status, jsonOf(answer));
      },
      driver: async () => {
        const result = await driver.executeQuery(query, {}, { database: options.database, routing: 'READ' });
        return result.records.map((record) => record.toObject()).length;
      },
      fetch: async () => {
        const response = await fetch(`${url}/api/cypher`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        return checkRows(response.status, (await response.json()) as { rows?: unknown[] });
      },
    };
    const order = Object.keys(runners) as (keyof typeof runners)[];
    for (let i = 0; i < options.warmup; i += 1) for (const runner of order) await runners[runner]();
    const times: Record<keyof typeof runners, number[]> = { proxy: [], driver: [], fetch: [] };
    let rows = 0;
    for (let i = 0; i < options.samples; i += 1) {
      // Each takes its turn first, so none always meets the warmer connection.
      for (let turn = 0; turn < order.length; turn += 1) {
        const runner = order[(i + turn) % order.length]!;
        const started = performance.now();
        rows = await runners[runner]();
        times[runner].push(performance.now() - started);
      }
    }
    const [proxyP50, driverP50, fetchP50] = [median(times.proxy), median(times.driver), median(times.fetch)];
    results.push({ name, rows, proxyP50, driverP50, ratio: proxyP50 / driverP50, fetchP50 });
  }
  return results;
}

export function printProxyTable(results: ProxyComparison[]): void {
  printTable(
    ['query', 'rows', 'proxy p50', 'driver p50', 'proxy/driver', 'via fetch', 'fetch/driver'],
    results.map((r) => [
      r.name,
      String(r.rows),
      formatMs(r.proxyP50),
      formatMs(r.driverP50),
      formatRatio(r.ratio),
      formatMs(r.fetchP50),
      formatRatio(r.fetchP50 / r.driverP50),
    ]),
  );
  console.log(
    '(ms; POST /api/cypher against neo4j-driver executeQuery on the same query, taking turns, same process; ' +
      '"via fetch" is the same request sent with fetch instead of node:http)',
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
