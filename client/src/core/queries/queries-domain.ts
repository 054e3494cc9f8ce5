// The queries domain: the query whose result is in the view and the state of the last run (state); running a saved
// query or Cypher into the view, and reading, saving and deleting saved queries (actions).
import type { ApiClient } from '../../api/api-client';
import type { CypherResult, NewSavedQuery, SavedQuerySummary } from '../../api/api-contract';
import { attempt, failure, type ActionResult } from '../action-result';
import { aggregatePayload, VIEW_NODE_CAP } from '../graph/aggregate-payload';
import type { GraphDomain } from '../graph/graph-domain';
import { NARROW_DOWN } from '../graph/narrow-down';
import type { NoticesDomain } from '../notices/notices-domain';
import { atom } from '../state/atom';
import { describeQuery, INITIAL_QUERY, type CurrentQuery } from './current-query';
import type { QueryRun, ResultMode } from './query-run';

export class QueriesDomain {
  readonly current = atom<CurrentQuery>(INITIAL_QUERY);
  readonly lastRun = atom<QueryRun>({ type: 'idle' });

  constructor(
    private readonly api: ApiClient,
    private readonly graph: GraphDomain,
    private readonly notices: NoticesDomain,
  ) {}

  /** Runs a saved query or Cypher; its graph replaces the view or is added to it. Rows stay in `lastRun`. */
  async run(query: CurrentQuery, mode: ResultMode = 'replace'): Promise<ActionResult<{ result: CypherResult }>> {
    this.lastRun.set({ type: 'running', query });
    let result: CypherResult;
    try {
      result =
        query.type === 'saved'
          ? await this.api.runSavedQuery(query.id, query.params)
          : await this.api.runCypher(query.query, query.params);
    } catch (error) {
      const failed = failure(error);
      this.lastRun.set({ type: 'failed', query, error: failed.error });
      return failed;
    }
    // Never everything: an answer above the cap is drawn as one node per label, and the notice says how to narrow it.
    const capped = result.graph.nodes.length > VIEW_NODE_CAP;
    if (capped && mode === 'add') {
      this.lastRun.set({ type: 'done', query, result, mode });
      this.notices.info(tooBig(result.graph.nodes.length, 'not added to the view'));
      return { ok: true, result };
    }
    // An answer without nodes (an unknown id, a range with nothing in it) never wipes the view: the rows, if any, go
    // to the table and the graph stays as it was.
    if (mode === 'replace' && result.graph.nodes.length === 0 && this.graph.data.order > 0) {
      this.lastRun.set({ type: 'done', query, result, mode });
      this.notices.info(
        `The query found no nodes${result.rows.length > 0 ? ` (${result.rows.length} rows)` : ''}; the view is unchanged.`,
      );
      return { ok: true, result };
    }
    if (mode === 'replace') this.current.set(query);
    await this.graph.showPayload(capped ? aggregatePayload(result.graph) : result.graph, mode, describeQuery(query));
    this.lastRun.set({ type: 'done', query, result, mode });
    const truncated = result.summary.truncated ? ' (truncated: the query returned more than the server sends)' : '';
    this.notices.info(
      capped
        ? tooBig(result.graph.nodes.length, 'shown as one node per label')
        : `${result.graph.nodes.length} nodes, ${result.rows.length} rows${truncated}`,
    );
    return { ok: true, result };
  }

  /** The catalogue: built-in and user queries with their typed parameters. */
  catalogue(): Promise<ActionResult<{ queries: SavedQuerySummary[] }>> {
    return attempt(() => this.api.savedQueries());
  }

  /** Saves a user query; `token` is needed when the server sets SAVED_QUERIES_TOKEN. */
  save(query: NewSavedQuery, token?: string): Promise<ActionResult<{ query: SavedQuerySummary }>> {
    return attempt(() => this.api.saveQuery(query, token));
  }

  remove(id: string, token?: string): Promise<ActionResult> {
    return attempt(async () => {
      await this.api.deleteQuery(id, token);
      return {};
    });
  }
}

function tooBig(nodes: number, what: string): string {
  const count = nodes.toLocaleString('en');
  const cap = VIEW_NODE_CAP.toLocaleString('en');
  return `The answer has ${count} nodes, more than the view draws at once (${cap}), so it is ${what}. To see nodes, ${NARROW_DOWN}`;
}
