// Ad-hoc Cypher in the read-only sandbox: the text checks, then Neo4j's plan check, then a bounded read transaction.
import type { Driver } from 'neo4j-driver';
import type { QueryLimits } from '../config/config.schema';
import type { CypherResult } from './cypher-result.schema';
import { explainQuery } from './explain-query.repository';
import { checkQueryText } from './lexical-guard';
import { checkPlan } from './plan-guard';
import { runReadQuery } from './read-query.repository';
import { toNeo4jParams } from './to-neo4j-params';

export class CypherService {
  constructor(
    private readonly driver: Driver,
    private readonly limits: QueryLimits,
    private readonly database?: string,
  ) {}

  /** Runs an untrusted query with untrusted parameters, if and only if it is a read inside the sandbox. */
  run(query: string, params: Record<string, unknown>): Promise<CypherResult> {
    return runReadQuery(this.driver, {
      query: checkQueryText(query),
      params,
      rowCap: this.limits.rowCap,
      timeoutMs: this.limits.timeoutMs,
      database: this.database,
      checkPlan,
    });
  }

  /** Runs a query from a JSON request body, whose whole numbers become Neo4j integers. */
  runFromJson(query: string, params: Record<string, unknown>): Promise<CypherResult> {
    return this.run(query, toNeo4jParams(params));
  }

  /** Checks that a query would be allowed, without running it; returns it as it will be stored. */
  async assertReadOnly(query: string): Promise<string> {
    const checked = checkQueryText(query);
    checkPlan(await explainQuery(this.driver, checked, { timeoutMs: this.limits.timeoutMs, database: this.database }));
    return checked.trim();
  }
}
