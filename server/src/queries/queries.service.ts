// Lists saved queries and runs one with validated parameters.
import type { Driver } from 'neo4j-driver';
import { NotFoundError } from '../errors/app-errors';
import { runReadQuery } from '../cypher/read-query.repository';
import type { CypherResult } from '../cypher/cypher-result.schema';
import type { SavedQuery, SavedQuerySummary } from './queries.schema';
import { validateParams } from './validate-params';

export interface QueryLimits {
  rowCap: number;
  timeoutMs: number;
  database?: string;
}

export class QueriesService {
  constructor(
    private readonly driver: Driver,
    private readonly catalog: Map<string, SavedQuery>,
    private readonly limits: QueryLimits,
  ) {}

  list(): SavedQuerySummary[] {
    return [...this.catalog.values()].map(({ id, title, description, params }) => ({ id, title, description, params }));
  }

  async run(id: string, params: Record<string, unknown>): Promise<CypherResult> {
    const query = this.catalog.get(id);
    if (!query) throw new NotFoundError(`No saved query "${id}"; GET /api/queries lists them.`);
    return runReadQuery(this.driver, {
      query: query.cypher,
      params: validateParams(query, params),
      rowCap: this.limits.rowCap,
      timeoutMs: this.limits.timeoutMs,
      database: this.limits.database,
    });
  }
}
