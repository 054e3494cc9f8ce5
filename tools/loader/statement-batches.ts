// Folds a script's parameterised statements into a few `UNWIND $rows` queries, so a first start plans 26 query
// texts instead of 63 and sends 76 queries instead of 726 (on a cold JVM, planning and each query's first runs are
// most of a seed load). The two forms the curated files use for almost everything get one text per label or per
// (label, type, label):
//   MERGE (n:L {id: 'x'}) SET n.a = 1, n.b = 'y'                       → MERGE … {id: row.id} SET n += row.props
//   MATCH (a:L {id: 'x'}), (b:M {id: 'y'}) MERGE (a)-[r:T]->(b) SET r.k = 'v'  → … SET r += row.props
// `SET n += {a: null}` removes `a` exactly as `SET n.a = null` does, so both mean the same. Any other statement is
// sent as it is (folding, say, one with an aggregation into an UNWIND would change what it means), and nothing moves
// across it. Between two such statements, node merges go first and then relationship merges, each text once, rows in
// file order: moving a node merge up cannot change what a relationship finds, unless the relationship names a node
// that is merged only further down (it would then find a node the file as written has not made yet); such a part
// of a file folds only runs of neighbouring statements.
import { LITERAL_PARAMETER_PREFIX, type ParameterisedStatement } from './parameterise-literals';

export interface StatementBatch {
  text: string;
  params: Record<string, unknown>;
}

/** One statement in a folded form: the `UNWIND $rows AS row …` text it shares, its row, the nodes it names. */
interface BatchRow {
  text: string;
  row: Record<string, unknown>;
  /** A node merge names the node it merges; a relationship merge its two ends (label and id). */
  merges?: string;
  matches?: [string, string];
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
  let part: BatchRow[] = [];
  for (const statement of statements) {
    const folded = mergeNodeRow(statement) ?? mergeRelationshipRow(statement);
    if (folded) {
      part.push(folded);
    } else {
      batches.push(...foldPart(part), statement);
      part = [];
    }
  }
  batches.push(...foldPart(part));
  return batches;
}

function foldPart(part: BatchRow[]): StatementBatch[] {
  if (namesNodeMergedBelow(part)) return foldNeighbours(part);
  const byText = new Map<string, unknown[]>();
  const nodesFirst = [...part.filter((row) => row.merges), ...part.filter((row) => !row.merges)];
  for (const { text, row } of nodesFirst) {
    const rows = byText.get(text);
    if (rows) rows.push(row);
    else byText.set(text, [row]);
  }
  return [...byText].map(([text, rows]) => ({ text, params: { rows } }));
}

function foldNeighbours(part: BatchRow[]): StatementBatch[] {
  const batches: { text: string; params: { rows: unknown[] } }[] = [];
  for (const { text, row } of part) {
    const last = batches.at(-1);
    if (last?.text === text) last.params.rows.push(row);
    else batches.push({ text, params: { rows: [row] } });
  }
  return batches;
}

/** Whether a relationship names a node that this part merges only after it. */
function namesNodeMergedBelow(part: BatchRow[]): boolean {
  const firstMerge = new Map<string, number>();
  part.forEach((row, index) => {
    if (row.merges && !firstMerge.has(row.merges)) firstMerge.set(row.merges, index);
  });
  return part.some((row, index) => row.matches?.some((node) => (firstMerge.get(node) ?? -1) > index));
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
    merges: nodeName(label, params[idParameter]),
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
    matches: [nodeName(fromLabel, params[fromId]), nodeName(toLabel, params[toId])],
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

function nodeName(label: string, id: unknown): string {
  return JSON.stringify([label, id]);
}
