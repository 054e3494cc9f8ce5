// Runs one query in a READ transaction with a timeout, converting rows as they stream in and stopping at the row cap
// so memory stays bounded whatever the query returns. With `checkPlan`, the query is first planned (EXPLAIN, which
// runs nothing) and the plan must pass the check before it runs. Endpoints of returned relationships are fetched so
// every edge can be drawn.
import type { Driver, Node } from 'neo4j-driver';
import { forEachRecord } from '../db/for-each-record';
import { openReadSession } from '../db/read-session';
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
  // Every row the answer may hold (and the one that says there are more) in one PULL, so Neo4j streams them while
  // the rows already here are converted, and sends nothing beyond them: memory stays bounded by the row cap.
  const session = openReadSession(driver, options.database, options.rowCap + 1);
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
    const streamed = await forEachRecord(session.run(options.query, options.params, transaction), (record) => {
      // One row past the cap says there were more; the rest of the stream is then discarded on the server.
      if (rows.length >= options.rowCap) return false;
      const row: Record<string, RowValue> = {};
      for (const column of record.keys as string[]) row[column] = collector.convert(record.get(column));
      rows.push(row);
      return true;
    });
    if (streamed.summary) queryType = streamed.summary.queryType;
    const missing = collector.missingEndpointElementIds();
    if (missing.length > 0) {
      const endpoints = await session.run(ENDPOINT_QUERY, { ids: missing }, transaction);
      for (const record of endpoints.records) collector.addNode(record.get('n') as Node);
    }
    return {
      columns: streamed.columns,
      rows,
      graph: collector.toPayload(),
      summary: {
        queryType,
        rows: rows.length,
        truncated: streamed.stopped,
        ms: Math.round(performance.now() - started),
      },
    };
  } finally {
    await session.close();
  }
}
