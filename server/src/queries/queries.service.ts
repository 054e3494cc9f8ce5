// Saved queries: the built-in ones of cypher/queries/ and the ones users save. Built-in queries are reviewed code;
// user queries pass the same read-only checks as POST /api/cypher when saved and again every time they run.
import type { Driver } from 'neo4j-driver';
import type { QueryLimits } from '../config/config.schema';
import type { QueryTarget } from '../db/query-target';
import { BadRequestError, ConflictError, NotFoundError } from '../errors/app-errors';
import type { CypherResult } from '../cypher/cypher-result.schema';
import type { CypherService } from '../cypher/cypher.service';
import { tokenizeCypher } from '../cypher/cypher-lexer';
import { runReadQuery } from '../cypher/read-query.repository';
import { SavedResultCache } from './saved-result-cache';
import type { SaveQueryBody, SavedQuery, SavedQuerySummary } from './queries.schema';
import {
  createUserQuery,
  deleteUserQuery,
  listUserQueries,
  MAX_USER_QUERIES,
  readTakenIds,
  readUserQuery,
} from './user-queries.repository';
import { checkParamValue, validateParams } from './validate-params';

export class QueriesService {
  /** Answers of built-in queries that declare `@cache` (the overview). */
  private readonly cached = new SavedResultCache();

  constructor(
    private readonly driver: Driver,
    private readonly builtin: Map<string, SavedQuery>,
    private readonly cypher: CypherService,
    private readonly limits: QueryLimits,
    private readonly database?: string,
  ) {}

  /** Where the saved-query store is read and written, with the configured timeout. */
  private get target(): QueryTarget {
    return { database: this.database, timeoutMs: this.limits.timeoutMs };
  }

  async list(): Promise<SavedQuerySummary[]> {
    const user = await listUserQueries(this.driver, this.target);
    return [...this.builtin.values(), ...user].map(({ id, title, description, params, source }) => ({
      id,
      title,
      description,
      params,
      source,
    }));
  }

  async run(id: string, params: Record<string, unknown>): Promise<CypherResult> {
    const builtin = this.builtin.get(id);
    if (builtin) {
      const validated = validateParams(builtin, params);
      const compute = () =>
        runReadQuery(this.driver, {
          query: builtin.cypher,
          params: validated,
          rowCap: this.limits.rowCap,
          timeoutMs: this.limits.timeoutMs,
          database: this.database,
        });
      if (builtin.cacheSeconds === undefined) return compute();
      return this.cached.get({ database: this.database, id, params: validated }, builtin.cacheSeconds, compute);
    }
    const user = await readUserQuery(this.driver, id, this.target);
    if (!user) throw new NotFoundError(`No saved query "${id}"; GET /api/queries lists them.`);
    return this.cypher.run(user.cypher, validateParams(user, params));
  }

  async save(body: SaveQueryBody): Promise<SavedQuerySummary> {
    checkDeclaredParams(body);
    const cypher = await this.cypher.assertReadOnly(body.query);
    const id = body.id ?? (await this.freeId(slugOf(body.title)));
    if (this.builtin.has(id)) {
      throw new ConflictError(`The id "${id}" belongs to a built-in query; choose another id or leave it out.`);
    }
    const query: SavedQuery = { ...body, id, cypher, source: 'user' };
    if (!(await createUserQuery(this.driver, query, this.target))) {
      if (await readUserQuery(this.driver, id, this.target)) {
        throw new ConflictError(`A saved query "${id}" exists already; delete it first or choose another id.`);
      }
      throw new ConflictError(`There are already ${MAX_USER_QUERIES} saved queries; delete some before saving more.`);
    }
    return { id, title: query.title, description: query.description, params: query.params, source: 'user' };
  }

  async remove(id: string): Promise<void> {
    if (this.builtin.has(id)) {
      throw new BadRequestError(`"${id}" is a built-in query (a file in cypher/queries/); it cannot be deleted here.`);
    }
    if (!(await deleteUserQuery(this.driver, id, this.target))) {
      throw new NotFoundError(`No saved user query "${id}"; GET /api/queries lists them.`);
    }
  }

  /** `title-slug`, or `title-slug-2`, `-3`… when taken (by a built-in or a user query). */
  private async freeId(base: string): Promise<string> {
    const taken = new Set([...(await readTakenIds(this.driver, base, this.target)), ...this.builtin.keys()]);
    if (!taken.has(base)) return base;
    for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }
}

/** Every `$param` the query uses must be declared, with unique names and defaults of the declared type. */
function checkDeclaredParams(body: SaveQueryBody): void {
  const declared = new Set<string>();
  for (const param of body.params) {
    if (declared.has(param.name)) throw new BadRequestError(`Parameter "${param.name}" is declared twice.`);
    declared.add(param.name);
    if (param.default !== null) {
      const checked = checkParamValue(param.type, param.default);
      if (!checked.ok) {
        throw new BadRequestError(`The default of parameter "${param.name}" ${checked.reason} (${param.type}).`);
      }
    }
  }
  const used = tokenizeCypher(body.query)
    .filter((token) => token.kind === 'parameter')
    .map((token) => token.text.slice(1).replace(/^`(.*)`$/, '$1'));
  const undeclared = [...new Set(used.filter((name) => !declared.has(name)))];
  if (undeclared.length > 0) {
    throw new BadRequestError(
      `The query uses ${undeclared.map((name) => `$${name}`).join(', ')} but "params" does not declare ` +
        `${undeclared.length > 1 ? 'them' : 'it'}; add {"name": "${undeclared[0]}", "type": "string"} or similar.`,
    );
  }
}

function slugOf(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'query';
}
