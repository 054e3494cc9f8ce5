// Loads cypher/ and prints the counts per label and relationship type.
import type { Driver } from 'neo4j-driver';
import { readGraphCounts } from './loader/graph-counts.repository';
import { loadCypher } from './loader/load-cypher';

export async function loadAndReport(
  driver: Driver,
  log: (line: string) => void,
  options: { database?: string; skipUnchanged?: boolean } = {},
): Promise<void> {
  const started = performance.now();
  const { loaded, skipped } = await loadCypher(driver, { ...options, log });
  const counts = await readGraphCounts(driver, options.database);
  const unchanged = skipped > 0 ? ` (${skipped} unchanged since the last load, skipped)` : '';
  log(`Loaded ${loaded} Cypher files in ${((performance.now() - started) / 1000).toFixed(1)} s${unchanged}.`);
  log(`  nodes: ${formatCounts(counts.labels)}`);
  log(`  relationships: ${formatCounts(counts.relationshipTypes)}`);
}

function formatCounts(counts: Record<string, number>): string {
  const entries = Object.entries(counts);
  return entries.length ? entries.map(([name, count]) => `${name} ${count}`).join(', ') : '(none)';
}
