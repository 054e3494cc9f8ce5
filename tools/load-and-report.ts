// Loads cypher/ and prints the counts per label and relationship type.
import type { Driver } from 'neo4j-driver';
import { readGraphCounts } from './loader/graph-counts.repository';
import { loadCypher } from './loader/load-cypher';

export async function loadAndReport(driver: Driver, log: (line: string) => void, database?: string): Promise<void> {
  const started = performance.now();
  const files = await loadCypher(driver, { database, log });
  const counts = await readGraphCounts(driver, database);
  log(`Loaded ${files} Cypher files in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  log(`  nodes: ${formatCounts(counts.labels)}`);
  log(`  relationships: ${formatCounts(counts.relationshipTypes)}`);
}

function formatCounts(counts: Record<string, number>): string {
  const entries = Object.entries(counts);
  return entries.length ? entries.map(([name, count]) => `${name} ${count}`).join(', ') : '(none)';
}
