// Second line of the read-only sandbox: Neo4j's own plan of the query (from EXPLAIN, which runs nothing). The query
// must plan as a read ('r'), on the explorer's database only, with no operator that loads files or URLs, commits on
// its own, shows or terminates things, and with no procedure outside the allow-list.
import type { ProfiledPlan, Plan } from 'neo4j-driver';
import { ReadOnlyError } from '../errors/app-errors';
import { ALLOWED_PROCEDURES } from './allowed-procedures';
import { procedureRefused } from './lexical-guard';

export interface PlannedQuery {
  /** 'r' read, 'rw' read-write, 'w' write, 's' schema or administration. */
  queryType: string;
  /** The database the session runs against, e.g. "neo4j". */
  database: string;
  plan: Plan | ProfiledPlan | false;
}

/** Operators that read but escape the sandbox; writes and schema changes are caught by the query type already. */
const REFUSED_OPERATORS: [RegExp, string][] = [
  [/^LoadCSV/, 'LOAD CSV reads files and URLs'],
  [/^Transaction(Apply|Foreach)/, 'CALL { … } IN TRANSACTIONS commits batches of its own'],
  [/^Show/, 'SHOW commands list the database’s internals'],
  [/^Terminate/, 'TERMINATE commands stop other people’s queries'],
  [/^(AdministrationCommand|SystemProcedureCall)/, 'administration commands manage the DBMS'],
  [/^(Create|Merge|LockingMerge|Set|Remove|Delete|DetachDelete|Foreach|SubqueryForeach|Drop|Alter)/, 'it writes'],
];

/** The clause people wrote, for the operators that write. */
const WRITE_CLAUSES: [RegExp, string][] = [
  [/^(Create|Merge|LockingMerge)/, 'CREATE or MERGE'],
  [/^DetachDelete/, 'DETACH DELETE'],
  [/^Delete/, 'DELETE'],
  [/^Set/, 'SET'],
  [/^Remove/, 'REMOVE'],
  [/^(Foreach|SubqueryForeach)/, 'FOREACH or CALL with writes'],
  [/^ProcedureCall/, 'a procedure that writes'],
];

export function checkPlan(planned: PlannedQuery): void {
  if (planned.queryType !== 'r') {
    const clause = planned.plan ? writeClauseOf(planned.plan) : undefined;
    const what =
      planned.queryType === 's'
        ? 'change the schema or run an administration command'
        : `write to the graph${clause ? ` (${clause})` : ''}`;
    throw new ReadOnlyError(`Only read queries run here, and this one would ${what}.`);
  }
  if (!planned.plan) return;
  for (const operator of operatorsOf(planned.plan)) {
    const [name, database] = operator.operatorType.split('@');
    if (database && database !== planned.database) {
      throw new ReadOnlyError(`Queries run only against the explorer’s own graph, not the database "${database}".`);
    }
    for (const [pattern, reason] of REFUSED_OPERATORS) {
      if (pattern.test(name ?? '')) throw new ReadOnlyError(`This query is not allowed here: ${reason}.`);
    }
    if (name === 'ProcedureCall') {
      const details = String(operator.arguments.Details ?? operator.arguments.Signature ?? '');
      const procedure = /^\s*([\w.]+)\s*\(/.exec(details)?.[1] ?? details;
      if (!ALLOWED_PROCEDURES.has(procedure)) throw procedureRefused(procedure || 'called here');
    }
  }
}

function writeClauseOf(plan: Plan | ProfiledPlan): string | undefined {
  for (const operator of operatorsOf(plan)) {
    const name = operator.operatorType.split('@')[0] ?? '';
    const found = WRITE_CLAUSES.find(([pattern]) => pattern.test(name));
    if (found) return found[1];
  }
  return undefined;
}

function* operatorsOf(plan: Plan | ProfiledPlan): Generator<Plan | ProfiledPlan> {
  yield plan;
  for (const child of plan.children) yield* operatorsOf(child);
}
