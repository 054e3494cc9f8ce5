// Reads claims with their claimants, subjects, sources (with quotes) and related claims, in one query per request.
import neo4j, { type Driver } from 'neo4j-driver';
import { findNodeByIdClause } from '../graph/find-node-by-id';
import { toJsonValue } from '../graph/to-json-value';
import type { ClaimsQuery } from './claims.schema';

const CLAIM_PROJECTION = `
RETURN c {
  .id, .text, .date, .kind, .countMin, .countMax, .measure, .verified, .dateNote,
  claimants: [(who)-[r:CLAIMED]->(c) | {id: who.id, labels: labels(who), name: who.name, channel: r.channel}],
  about: [(c)-[:ABOUT]->(what) | {id: what.id, labels: labels(what), name: coalesce(what.name, what.title)}],
  sources: [(a:Article)-[r:REPORTS]->(c) |
    {articleId: a.id, title: a.title, outlet: a.outlet, published: a.published, quote: r.quote}],
  corroborates: [(c)-[r:CORROBORATES]-(other:Claim) | {id: other.id, text: other.text, note: r.note}],
  contradicts: [(c)-[r:CONTRADICTS]-(other:Claim) | {id: other.id, text: other.text, note: r.note}]
} AS claim`;

/**
 * Starts from the most selective filter: the subject's, claimant's or article's own node (an index seek) and its
 * relationships, so a filtered list costs what the answer costs, not a scan of every claim. The WHERE below keeps
 * every filter, whichever one chose the start.
 */
function startClause(query: ClaimsQuery, labels: readonly string[]): string {
  if (query.about && labels.length > 0) {
    return `${findNodeByIdClause(labels, 'about', 'anchor')} MATCH (anchor)<-[:ABOUT]-(c:Claim) WITH DISTINCT c`;
  }
  if (query.by && labels.length > 0) {
    return `${findNodeByIdClause(labels, 'by', 'anchor')} MATCH (anchor)-[:CLAIMED]->(c:Claim) WITH DISTINCT c`;
  }
  if (query.article) return 'MATCH (:Article {id: $article})-[:REPORTS]->(c:Claim) WITH DISTINCT c';
  return 'MATCH (c:Claim)';
}

const FILTERS = `
WHERE ($about IS NULL OR EXISTS { (c)-[:ABOUT]->(what) WHERE what.id = $about })
  AND ($by IS NULL OR EXISTS { (who)-[:CLAIMED]->(c) WHERE who.id = $by })
  AND ($article IS NULL OR EXISTS { (a:Article)-[:REPORTS]->(c) WHERE a.id = $article })
  AND ($from IS NULL OR c.date >= $from)
  AND ($to IS NULL OR c.date <= $to)
  AND ($kind IS NULL OR c.kind = $kind)
WITH c ORDER BY c.date, c.id LIMIT $limit
${CLAIM_PROJECTION}`;

const ONE_QUERY = `MATCH (c:Claim {id: $id}) ${CLAIM_PROJECTION}`;

const TIMEOUT = { timeout: 10_000 };

/** `labels` are the knowledge graph's labels (the vocabulary allow-list), where a subject or claimant may be found. */
export async function readClaims(
  driver: Driver,
  query: ClaimsQuery,
  labels: readonly string[],
  database?: string,
): Promise<unknown[]> {
  const result = await driver.executeQuery(
    `${startClause(query, labels)}${FILTERS}`,
    {
      about: query.about ?? null,
      by: query.by ?? null,
      article: query.article ?? null,
      from: query.from ?? null,
      to: query.to ?? null,
      kind: query.kind ?? null,
      limit: neo4j.int(query.limit),
    },
    { database, routing: 'READ', transactionConfig: TIMEOUT },
  );
  return result.records.map((record) => toJsonValue(record.get('claim')));
}

export async function readClaim(driver: Driver, id: string, database?: string): Promise<unknown> {
  const result = await driver.executeQuery(
    ONE_QUERY,
    { id },
    { database, routing: 'READ', transactionConfig: TIMEOUT },
  );
  const record = result.records[0];
  return record ? toJsonValue(record.get('claim')) : undefined;
}
