// Folds a script's parameterised statements into a few `UNWIND $rows` queries, so a first start plans ~30 query
// texts instead of ~700 statements' ~60 (planning on a cold JVM is most of a seed load). The two forms the curated
// files use for almost everything get one text per label or per (label, type, label):
//   MERGE (n:L {id: 'x'}) SET n.a = 1, n.b = 'y'                       → MERGE … {id: row.id} SET n += row.props
//   MATCH (a:L {id: 'x'}), (b:M {id: 'y'}) MERGE (a)-[r:T]->(b) SET r.k = 'v'  → … SET r += row.props
// `SET n += {a: null}` removes `a` exactly as `SET n.a = null` does, so both mean the same. Any other statement is
// sent as it is (folding, say, one with an aggregation into an UNWIND would change what it means). Only runs of
// consecutive statements are folded, so every statement still runs after the ones above it.
import { LITERAL_PARAMETER_PREFIX, type ParameterisedStatement } from './parameterise-literals';

export interface StatementBatch {
  text: string;
  params: Record<string, unknown>;
}

/** One statement in a folded form: the `UNWIND $rows AS row …` text it shares, and its row. */
interface BatchRow {
  text: string;
  row: Record<string, unknown>;
}

const NAME = String.raw`[A-Za-z_][A-Za-z0-9_]*`;
const PARAMETER = String.raw`\$(${LITERAL_PARAMETER_PREFIX}\d+)`;
const NODE_BY_ID = String.raw`\((${NAME}):(${NAME}) \{id: ${PARAMETER}\}\)`;
const SETS = String.raw`(?: SET (${NAME}\.${NAME} = \$${LITERAL_PARAMETER_PREFIX}\d+(?:, ${NAME}\.${NAME} = \$${LITERAL_PARAMETER_PREFIX}\d+)*))?`;
const MERGE_NODE = new RegExp(String.raw`^MERGE ${NODE_BY_ID}${SETS}$`);
const MERGE_RELATIONSHIP = new RegExp(
  String.raw`^MATCH ${NODE_BY_ID}, ${NODE_BY_ID} MERGE \((${NAME})\)-\[(${NAME})?:(${NAME})\]->\((${NAME})\)${SETS}$`,
);
const ASSIGNMENT = new RegExp(String.raw`^(${NAME})\.(${NAME}) = ${PARAMETER}$`);

export function toStatementBatches(statements: ParameterisedStatement[]): StatementBatch[] {
  const batches: StatementBatch[] = [];
  let rows: unknown[] | undefined;
  for (const statement of statements) {
    const folded = mergeNodeRow(statement) ?? mergeRelationshipRow(statement);
    const last = batches.at(-1);
    if (!folded) {
      batches.push(statement);
      rows = undefined;
    } else if (rows && last?.text === folded.text) {
      rows.push(folded.row);
    } else {
      rows = [folded.row];
      batches.push({ text: folded.text, params: { rows } });
    }
  }
  return batches;
}

function mergeNodeRow({ text, params }: ParameterisedStatement): BatchRow | undefined {
  const match = MERGE_NODE.exec(text);
  if (!match) return undefined;
  const [, variable, label, idParameter, assignments] = match as (string | undefined)[];
  if (!variable || !label || !idParameter) return undefined;
  const props = readAssignments(assignments, variable, params);
  if (!props) return undefined;
  return {
    text: `UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n += row.props`,
    row: { id: params[idParameter], props },
  };
}

function mergeRelationshipRow({ text, params }: ParameterisedStatement): BatchRow | undefined {
  const match = MERGE_RELATIONSHIP.exec(text);
  if (!match) return undefined;
  const [, from, fromLabel, fromId, to, toLabel, toId, start, relationship, type, end, assignments] = match as (
    string | undefined
  )[];
  if (!fromLabel || !fromId || !toLabel || !toId || !type) return undefined;
  if (from === to || start !== from || end !== to) return undefined;
  const props = assignments ? relationship && readAssignments(assignments, relationship, params) : {};
  if (!props) return undefined;
  return {
    text:
      `UNWIND $rows AS row MATCH (a:${fromLabel} {id: row.from}), (b:${toLabel} {id: row.to}) ` +
      `MERGE (a)-[r:${type}]->(b) SET r += row.props`,
    row: { from: params[fromId], to: params[toId], props },
  };
}

/** `n.a = $p0, n.b = $p1` as `{a: …, b: …}`, or undefined when an assignment is to another variable. */
function readAssignments(
  assignments: string | undefined,
  variable: string,
  params: Record<string, unknown>,
): Record<string, unknown> | undefined {
  const props: Record<string, unknown> = {};
  for (const assignment of assignments ? assignments.split(', ') : []) {
    const [, owner, key, parameter] = ASSIGNMENT.exec(assignment) ?? [];
    if (owner !== variable || !key || !parameter || key === 'id') return undefined;
    props[key] = params[parameter];
  }
  return props;
}
