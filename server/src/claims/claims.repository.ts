// Reads claims with their claimants, subjects, sources and related claims, and computes their provenance (source
// counts, independent outlets, the first report or a tie) in Cypher, parameterised: a list request reads in one
// read transaction (the page, then the claims on it).
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { quoteName } from '../graph/cypher-name';
import type { QueryTarget } from '../db/query-target';
import { readOnce } from '../db/read-once';
import { inReadTransaction } from '../db/read-transaction';
import { captionCypher } from '../graph/caption';
import { findNodeByIdClause } from '../graph/find-node-by-id.repository';
import { toJsonValue } from '../graph/to-json-value';
import type { ClaimsQuery } from './claims.schema';

/**
 * Sources ordered by publication date, an exact day before a lower bound on the same date, undated last. An
 * article's outlet is its PUBLISHED_BY agency when there is one; `independenceKey` counts an article of unknown
 * outlet on its own. A missing `publishedPrecision` is read as `day`: `published` is then the date as given.
 */
const SOURCES = `COLLECT {
    MATCH (a:Article)-[r:REPORTS]->(c)
    WITH a, r, head([(a)-[:PUBLISHED_BY]->(o:Agency) | o]) AS outlet
    WITH a, r, outlet, CASE WHEN a.published IS NULL THEN null ELSE coalesce(a.publishedPrecision, 'day') END AS datedAs
    RETURN {articleId: a.id, title: coalesce(a.title, a.name), outlet: coalesce(a.outlet, outlet.name),
            outletId: outlet.id, published: a.published, publishedPrecision: datedAs,
            quote: r.quote, passage: r.excerpt, note: r.note,
            independenceKey: coalesce(outlet.id,
              CASE WHEN a.outlet IS NULL OR toLower(a.outlet) = 'unknown' THEN a.id ELSE 'outlet:' + toLower(a.outlet) END)}
    ORDER BY a.published IS NULL, a.published, CASE datedAs WHEN 'day' THEN 0 ELSE 1 END, a.id
  }`;

const RELATED = `COLLECT {
    MATCH (c)-[r:CORROBORATES|CONTRADICTS]-(other:Claim)
    RETURN {type: type(r), id: other.id, text: other.text, date: other.date, kind: other.kind,
            direction: CASE WHEN startNode(r) = c THEN 'out' ELSE 'in' END, basis: r.basis, note: r.note,
            claimants: [(w)-[said:CLAIMED]->(other) |
              {id: w.id, labels: labels(w), name: ${captionCypher('w')}, channel: said.channel, note: said.note}]}
    ORDER BY other.date, other.id
  }`;

const RELATED_FIELDS = '.id, .text, .date, .kind, .direction, .basis, .note, .claimants';

/**
 * The first report is the earliest-dated source. Every source may have been first when that date is only a lower
 * bound (or missing); otherwise those dated the same day, and undated ones, may have been. More than one candidate
 * is a tie: the dates cannot tell.
 */
const CLAIM_PROJECTION = `
WITH c, ${SOURCES} AS sources, ${RELATED} AS related
WITH c, sources, related, head(sources) AS first
WITH c, sources, related, first,
  CASE WHEN first IS NULL THEN []
       WHEN first.published IS NULL OR first.publishedPrecision <> 'day' THEN [s IN sources | s.articleId]
       ELSE [s IN sources WHERE s.published IS NULL OR s.published = first.published | s.articleId] END AS candidates
RETURN c {
  .id, .name, .text, .date, .datePrecision, .dateNote, .kind, .countMin, .countMax, .countText, .measure, .verified,
  claimants: [(who)-[r:CLAIMED]->(c) |
    {id: who.id, labels: labels(who), name: ${captionCypher('who')}, channel: r.channel, note: r.note}],
  about: [(c)-[:ABOUT]->(what) | {id: what.id, labels: labels(what), name: ${captionCypher('what')}}],
  sources: [s IN sources | s {.articleId, .title, .outlet, .outletId, .published, .publishedPrecision, .quote,
    .passage, .note}],
  sourceCount: size(sources),
  independentSourceCount: size(reduce(keys = [], s IN sources |
    CASE WHEN s.independenceKey IN keys THEN keys ELSE keys + s.independenceKey END)),
  firstReport: CASE WHEN first IS NULL THEN null ELSE {articleId: first.articleId, outlet: first.outlet,
    published: first.published, publishedPrecision: first.publishedPrecision, tie: size(candidates) > 1,
    candidates: candidates} END,
  corroborates: [x IN related WHERE x.type = 'CORROBORATES' | x {${RELATED_FIELDS}}],
  contradicts: [x IN related WHERE x.type = 'CONTRADICTS' | x {${RELATED_FIELDS}}]
} AS claim`;

/**
 * Starts from the most selective filter: the subject's, claimant's or article's own node (an index seek) and its
 * relationships, or else the contradictions, so a filtered list costs what the answer costs, not a scan of every
 * claim. The WHERE (whereClause) adds every other filter given.
 */
function startClause(query: ClaimsQuery, labels: readonly string[]): string {
  switch (startingFilter(query, labels)) {
    case 'about':
      return `${findNodeByIdClause(labels, 'about', 'anchor')} MATCH (anchor)<-[:ABOUT]-(c:Claim) WITH DISTINCT c`;
    case 'by':
      return `${findNodeByIdClause(labels, 'by', 'anchor')} MATCH (anchor)-[:CLAIMED]->(c:Claim) WITH DISTINCT c`;
    case 'article':
      return 'MATCH (:Article {id: $article})-[:REPORTS]->(c:Claim) WITH DISTINCT c';
    case 'contested':
      // The CONTRADICTS relationships themselves (few), not a check of every claim for one.
      return 'MATCH (c:Claim)-[:CONTRADICTS]-(:Claim) WITH DISTINCT c';
    case undefined:
      return 'MATCH (c:Claim)';
  }
}

function startingFilter(
  query: ClaimsQuery,
  labels: readonly string[],
): 'about' | 'by' | 'article' | 'contested' | undefined {
  if (query.about && labels.length > 0) return 'about';
  if (query.by && labels.length > 0) return 'by';
  if (query.article) return 'article';
  if (query.contested) return 'contested';
  return undefined;
}

/** The sort allow-list: each name of CLAIM_SORTS to one expression; ties fall back to date, then id. */
const SORT_KEYS: Record<ClaimsQuery['sort'], string> = {
  date: 'c.date',
  kind: 'c.kind',
  claimant: 'COLLECT { MATCH (w)-[:CLAIMED]->(c) RETURN toLower(w.name) AS name ORDER BY name LIMIT 1 }[0]',
  // REPORTS only ever comes from an article: the claim's degree, without checking the label at the other end (half
  // the time of a sort of every claim at a million nodes).
  sources: 'COUNT { ()-[:REPORTS]->(c) }',
};

/** True when the list is filtered by nothing but (at most) one subject, claimant or article. */
function onlyIdFilter(query: ClaimsQuery): boolean {
  const ids = [query.about, query.by, query.article].filter((id) => id !== undefined).length;
  return ids <= 1 && !query.from && !query.to && !query.kind && !query.q && !query.contested;
}

/**
 * How many claims match. Without filters, the count store's number of claims; with one id filter alone, that node's
 * degree (ABOUT, CLAIMED or REPORTS relationships, which the contract's model only draws to and from claims) from
 * the degree store: constant time even for a hub with tens of thousands of claims. Otherwise the filtered claims
 * are counted.
 */
function totalQuery(query: ClaimsQuery, labels: readonly string[], filters: string): string {
  if (onlyIdFilter(query)) {
    if (query.about && labels.length > 0) {
      return `${findNodeByIdClause(labels, 'about', 'anchor')} RETURN COUNT { (anchor)<-[:ABOUT]-() } AS total`;
    }
    if (query.by && labels.length > 0) {
      return `${findNodeByIdClause(labels, 'by', 'anchor')} RETURN COUNT { (anchor)-[:CLAIMED]->() } AS total`;
    }
    if (query.article) return 'MATCH (a:Article {id: $article}) RETURN COUNT { (a)-[:REPORTS]->() } AS total';
    // Aggregated alone, so Neo4j reads the count store instead of scanning every claim.
    return 'MATCH (c:Claim) WITH count(c) AS total RETURN total';
  }
  return `${startClause(query, labels)} ${filters} RETURN count(c) AS total`;
}

/**
 * The total, and the page's ids: `ORDER BY … SKIP … LIMIT` keeps only the best `skip + limit` rows while reading
 * (a top-k, not a sort of every match), and nothing collects every matching id.
 */
function listQuery(query: ClaimsQuery, labels: readonly string[]): string {
  const direction = query.order === 'desc' ? 'DESC' : 'ASC';
  const filters = whereClause(query, labels);
  return `CALL () { ${totalQuery(query, labels, filters)} }
CALL () {
  ${startClause(query, labels)}
  ${filters}
  WITH c, ${SORT_KEYS[query.sort]} AS sortKey
  ORDER BY sortKey ${direction}, c.date ${direction}, c.id
  SKIP $skip LIMIT $limit
  RETURN collect(c.id) AS page
}
RETURN total, page`;
}

/**
 * The filters the request gives, and only those: a condition such as `$kind IS NULL OR …` would still be planned as
 * a check on every claim, and the filter that chose the start node is already met by every claim it reaches.
 */
function whereClause(query: ClaimsQuery, labels: readonly string[]): string {
  const start = startingFilter(query, labels);
  const conditions = [
    query.about && start !== 'about' ? 'EXISTS { (c)-[:ABOUT]->(what) WHERE what.id = $about }' : '',
    query.by && start !== 'by' ? 'EXISTS { (who)-[:CLAIMED]->(c) WHERE who.id = $by }' : '',
    query.article && start !== 'article' ? 'EXISTS { (a:Article)-[:REPORTS]->(c) WHERE a.id = $article }' : '',
    query.from ? 'c.date >= $from' : '',
    query.to ? 'c.date <= $to' : '',
    query.kind ? 'c.kind = $kind' : '',
    query.q ? "(toLower(coalesce(c.text, '')) CONTAINS $q OR toLower(coalesce(c.name, '')) CONTAINS $q)" : '',
    query.contested && start !== 'contested' ? 'EXISTS { (c)-[:CONTRADICTS]-(:Claim) }' : '',
  ].filter(Boolean);
  return conditions.length > 0 ? `WHERE ${conditions.join('\n  AND ')}` : '';
}

/**
 * One text for every list and single claim, so Neo4j plans it once: the page query above only picks ids (small
 * plans per filter and order), and this one projects them.
 */
const PROJECTION_QUERY = `UNWIND $ids AS id MATCH (c:Claim {id: id}) ${CLAIM_PROJECTION}`;

/** Runs one read query: the driver in the server, a transaction in tests that must leave no trace. */
export type ReadQuery = (text: string, parameters: Record<string, unknown>) => Promise<{ records: Neo4jRecord[] }>;

/** Each query its own auto-commit read (db/read-once.ts): for a request that reads once. */
export function readWith(driver: Driver, target: QueryTarget): ReadQuery {
  return (text, parameters) => readOnce(driver, text, parameters, target);
}

/**
 * Every query of `work` in one read transaction: a list request reads two or three times, and one transaction spares
 * each later query the BEGIN and COMMIT round trips of its own (3.8 ms for three counts as three transactions, 2.3 ms
 * in one, measured side by side).
 */
export function readInOneTransaction<T>(
  driver: Driver,
  target: QueryTarget,
  work: (read: ReadQuery) => Promise<T>,
): Promise<T> {
  return inReadTransaction(driver, target, (tx) => work((text, parameters) => tx.run(text, parameters)));
}

export interface ClaimsPage {
  total: number;
  claims: unknown[];
}

/** `labels` are the knowledge graph's labels (the vocabulary allow-list), where a subject or claimant may be found. */
export async function readClaims(read: ReadQuery, query: ClaimsQuery, labels: readonly string[]): Promise<ClaimsPage> {
  const parameters = {
    about: query.about ?? null,
    by: query.by ?? null,
    article: query.article ?? null,
    from: query.from ?? null,
    to: query.to ?? null,
    kind: query.kind ?? null,
    q: query.q?.toLowerCase() ?? null,
    contested: query.contested ?? false,
    skip: neo4j.int(query.skip),
    limit: neo4j.int(query.limit),
  };
  const hubPage = await readHubPageByDate(read, query, labels, parameters);
  if (hubPage) return { total: hubPage.total, claims: await readClaimsById(read, hubPage.ids) };
  const result = await read(listQuery(query, labels), parameters);
  const record = result.records[0];
  if (!record) return { total: 0, claims: [] };
  const ids = record.get('page') as string[];
  return { total: toJsonValue(record.get('total')) as number, claims: await readClaimsById(read, ids) };
}

/**
 * The oldest claims, or the oldest about a hub (or by one), read in date order from the `claim_date` index, each checked for its
 * link to the hub from the claim's own few relationships, until the page is full: about (skip + limit) × claims ÷
 * degree index entries instead of every one of the hub's tens of thousands of claims. Only for the default order
 * (date, oldest first) with no filter or that one filter, and only when it reads fewer rows than expanding the hub would. Claims
 * without a date sort last and are not in the index: when the dated ones do not fill the page, the general query
 * answers instead.
 */
async function readHubPageByDate(
  read: ReadQuery,
  query: ClaimsQuery,
  labels: readonly string[],
  parameters: Record<string, unknown>,
): Promise<{ total: number; ids: string[] } | undefined> {
  const start = startingFilter(query, labels);
  if (start !== 'about' && start !== 'by' && start !== undefined) return undefined;
  if (!onlyIdFilter(query) || query.sort !== 'date' || query.order !== 'asc') return undefined;
  const link = {
    about: 'EXISTS { (c)-[:ABOUT]->(hub) WHERE hub.id = $about }',
    by: 'EXISTS { (hub)-[:CLAIMED]->(c) WHERE hub.id = $by }',
  };
  // Index entries read ≈ (skip + limit) × claims ÷ total; expanding the hub reads `total` relationships. A margin of 2
  // for the check each index entry costs. The query weighs that itself, so the counts and the page take one round
  // trip: no row when the walk does not pay (or the hub has no claims), and the general query answers instead.
  const result = await read(
    `CALL () { ${totalQuery(query, labels, '')} }
    CALL () { MATCH (c:Claim) WITH count(c) AS claims RETURN claims }
    WITH total, claims WHERE total > 0 AND ($skip + $limit) * claims * 2 < total * total
    CALL () {
      MATCH (c:Claim) USING INDEX c:Claim(date)
      WHERE c.date IS NOT NULL ${start ? `AND ${link[start]}` : ''}
      WITH c ORDER BY c.date, c.id SKIP $skip LIMIT $limit
      RETURN collect(c.id) AS page
    }
    RETURN total, page`,
    parameters,
  );
  const record = result.records[0];
  if (!record) return undefined;
  const total = Number(toJsonValue(record.get('total')));
  const ids = record.get('page') as string[];
  const expected = Math.max(0, Math.min(query.limit, total - query.skip));
  return ids.length === expected ? { total, ids } : undefined;
}

/** The claims with these ids, in this order; an id that names no claim is left out. */
export async function readClaimsById(read: ReadQuery, ids: readonly string[]): Promise<unknown[]> {
  if (ids.length === 0) return [];
  const result = await read(PROJECTION_QUERY, { ids });
  const byId = new Map(
    result.records.map((record) => {
      const claim = toJsonValue(record.get('claim')) as { id: string };
      return [claim.id, claim];
    }),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export interface IdFilters {
  about?: string;
  by?: string;
  article?: string;
}

/** Which of the id filters name no node at all (index seeks per label), so an empty answer can say why. */
export async function findMissingIds(
  read: ReadQuery,
  ids: IdFilters,
  labels: readonly string[],
): Promise<(keyof IdFilters)[]> {
  const anyLabel = (parameter: string) =>
    labels.length === 0
      ? 'false'
      : labels.map((label) => `EXISTS { (:${quoteName(label)} {id: $${parameter}}) }`).join(' OR ');
  const result = await read(
    `RETURN ($about IS NULL OR ${anyLabel('about')}) AS about, ($by IS NULL OR ${anyLabel('by')}) AS by,
            ($article IS NULL OR EXISTS { (:Article {id: $article}) }) AS article`,
    { about: ids.about ?? null, by: ids.by ?? null, article: ids.article ?? null },
  );
  const record = result.records[0];
  const names: (keyof IdFilters)[] = ['about', 'by', 'article'];
  return names.filter((name) => record?.get(name) === false);
}
