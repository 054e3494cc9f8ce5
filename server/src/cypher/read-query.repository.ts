// Runs one query in a READ transaction with a timeout, streaming rows and stopping at the row cap so memory stays
// bounded whatever the query returns. With `checkPlan`, the query is first planned (EXPLAIN, which runs nothing) and
// the plan must pass the check before it runs. Endpoints of returned relationships are fetched so every edge can be
// drawn.
import neo4j, { type Driver, type Node } from 'neo4j-driver';
import { GraphCollector } from '../graph/graph-collector';
import type { CypherResult, RowValue } from './cypher-result.schema';
import { explainInTransaction } from './explain-query.repository';
import type { PlannedQuery } from './plan-guard';

export interface ReadQueryOptions {
  query: string;
  params: Record<string, unknown>;
  rowCap: number;
  timeoutMs: number;
  database?: string;
  checkPlan?: (planned: PlannedQuery) => void;
}

const ENDPOINT_QUERY = 'MATCH (n) WHERE elementId(n) IN $ids RETURN n';

export async function runReadQuery(driver: Driver, options: ReadQueryOptions): Promise<CypherResult> {
  const started = performance.now();
  const session = driver.session({
    database: options.database,
    defaultAccessMode: neo4j.session.READ,
    // The bookmarks of the driver's executeQuery writes (a saved user query, say): on a cluster, the follower that
    // serves this read waits until it has them, so a user's own write is always seen.
    bookmarkManager: driver.executeQueryBookmarkManager,
    fetchSize: Math.min(options.rowCap + 1, 1000),
  });
  const transaction = { timeout: options.timeoutMs };
  try {
    let queryType = 'r';
    if (options.checkPlan) {
      const planned = await session.executeRead(
        (tx) => explainInTransaction(tx, options.query, options.params),
        transaction,
      );
      options.checkPlan(planned);
      queryType = planned.queryType;
    }
    // An auto-commit transaction in READ access mode: RUN and the first PULL travel together and nothing needs a
    // COMMIT, so a query costs one round trip to Neo4j where an explicit transaction costs two. Neo4j refuses any
    // write in it ("Writing in read access mode not allowed") whatever the checks above decided.
    const collector = new GraphCollector();
    const rows: Record<string, RowValue>[] = [];
    let truncated = false;
    const result = session.run(options.query, options.params, transaction);
    const columns = [...(await result.keys())];
    for await (const record of result) {
      if (rows.length >= options.rowCap) {
        truncated = true;
        break; // Leaving the loop discards the rest of the stream on the server.
      }
      const row: Record<string, RowValue> = {};
      for (const column of columns) row[column] = collector.convert(record.get(column));
      rows.push(row);
    }
    if (!truncated) queryType = (await result.summary()).queryType;
    const missing = collector.missingEndpointElementIds();
    if (missing.length > 0) {
      const endpoints = await session.run(ENDPOINT_QUERY, { ids: missing }, transaction);
      for (const record of endpoints.records) collector.addNode(record.get('n') as Node);
    }
    return {
      columns,
      rows,
      graph: collector.toPayload(),
      summary: { queryType, rows: rows.length, truncated, ms: Math.round(performance.now() - started) },
    };
  } finally {
    await session.close();
  }
}
