// The proxy against the driver it wraps: the same query sent as POST /api/cypher and run by neo4j-driver directly
// (executeQuery in READ mode, each record made a plain object), alternating one of each so both see the same
// machine at the same moment. The ratio of the medians is the proxy's cost: HTTP, the read-only checks, the JSON.
import type { Driver } from 'neo4j-driver';
import { formatMs, formatRatio, printTable } from '../print-table';

export interface ProxyComparison {
  name: string;
  rows: number;
  proxyP50: number;
  driverP50: number;
  ratio: number;
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
    const viaProxy = async (): Promise<number> => {
      const response = await fetch(`${url}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { rows?: unknown[] };
      if (!response.ok) throw new Error(`POST /api/cypher answered ${response.status} for ${name}.`);
      return body.rows?.length ?? 0;
    };
    const viaDriver = async (): Promise<number> => {
      const result = await driver.executeQuery(query, {}, { database: options.database, routing: 'READ' });
      return result.records.map((record) => record.toObject()).length;
    };
    for (let i = 0; i < options.warmup; i += 1) await Promise.all([await viaProxy(), await viaDriver()]);
    const proxyTimes: number[] = [];
    const driverTimes: number[] = [];
    let rows = 0;
    for (let i = 0; i < options.samples; i += 1) {
      // Alternate which goes first, so neither always meets the warmer connection.
      const order = i % 2 === 0 ? [viaProxy, viaDriver] : [viaDriver, viaProxy];
      for (const run of order) {
        const started = performance.now();
        rows = await run();
        (run === viaProxy ? proxyTimes : driverTimes).push(performance.now() - started);
      }
    }
    const proxyP50 = median(proxyTimes);
    const driverP50 = median(driverTimes);
    results.push({ name, rows, proxyP50, driverP50, ratio: proxyP50 / driverP50 });
  }
  return results;
}

export function printProxyTable(results: ProxyComparison[]): void {
  printTable(
    ['query', 'rows', 'proxy p50', 'driver p50', 'proxy/driver'],
    results.map((r) => [r.name, String(r.rows), formatMs(r.proxyP50), formatMs(r.driverP50), formatRatio(r.ratio)]),
  );
  console.log('(ms; POST /api/cypher against neo4j-driver executeQuery on the same query, alternating, same process)');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
