// Counts nodes per label and relationships per type of the knowledge graph, for the loader's report and tests.
import type { Driver } from 'neo4j-driver';
import { HIDDEN_LABEL_PREFIX } from '../../server/src/graph/hidden-labels';

export interface GraphCounts {
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
}

export async function readGraphCounts(driver: Driver, database?: string): Promise<GraphCounts> {
  const labels = await driver.executeQuery(
    // Hidden labels are the explorer's own bookkeeping (loaded scripts, saved queries).
    'MATCH (n) UNWIND labels(n) AS label WITH label WHERE NOT label STARTS WITH $hiddenPrefix ' +
      'RETURN label, count(*) AS count ORDER BY label',
    { hiddenPrefix: HIDDEN_LABEL_PREFIX },
    { database, routing: 'READ' },
  );
  const types = await driver.executeQuery(
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type',
    {},
    { database, routing: 'READ' },
  );
  return {
    labels: Object.fromEntries(labels.records.map((r) => [r.get('label'), Number(r.get('count'))])),
    relationshipTypes: Object.fromEntries(types.records.map((r) => [r.get('type'), Number(r.get('count'))])),
  };
}
