// Ad-hoc Cypher in the read-only sandbox: the text checks, then Neo4j's plan check, then a bounded read transaction.
import type { Driver } from 'neo4j-driver';
import type { QueryLimits } from '../config/config.schema';
import type { GraphVocabulary } from '../graph/graph-vocabulary';
import type { CypherResult } from './cypher-result.schema';
import { explainQuery } from './explain-query.repository';
import { checkQueryText } from './lexical-guard';
import { checkPlan } from './plan-guard';
import { runReadQuery } from './read-query.repository';
import { toNeo4jParams } from './to-neo4j-params';
import { VerifiedQueryCache } from './verified-query-cache';

export class CypherService {
  /** Query texts whose plan passed the check: asked again, they skip the EXPLAIN round trip. */
  private readonly verified = new VerifiedQueryCache();

  constructor(
    private readonly driver: Driver,
    private readonly limits: QueryLimits,
    private readonly database?: string,
    /** When given, the verified texts are forgotten whenever its labels or relationship types change. */
    private readonly vocabulary?: GraphVocabulary,
  ) {
    vocabulary?.onChange(() => this.verified.clear());
  }

  /** Runs an untrusted query with untrusted parameters, if and only if it is a read inside the sandbox. */
  async run(query: string, params: Record<string, unknown>): Promise<CypherResult> {
    const checked = checkQueryText(query);
    // Refreshes the vocabulary now and then (cached in between), which is what notices a schema change.
    await this.vocabulary?.labels();
    const known = this.verified.has(this.database, checked);
    const result = await runReadQuery(this.driver, {
      query: checked,
      params,
      rowCap: this.limits.rowCap,
      timeoutMs: this.limits.timeoutMs,
      database: this.database,
      checkPlan: known ? undefined : checkPlan,
    });
    if (!known) this.verified.add(this.database, checked);
    return result;
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
