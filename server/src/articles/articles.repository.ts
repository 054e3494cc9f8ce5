// Reads what the proposal pipeline compares an article with: every entity's names and aliases (the gazetteer) and
// the existing claims it may link to, with their claimants, subjects and figures; and which article ids exist.
import type { Driver } from 'neo4j-driver';
import type { QueryTarget } from '../db/query-target';
import { readOnce } from '../db/read-once';
import { toJsonValue } from '../graph/to-json-value';
import type { EntityLabel, GazetteerEntry } from './pipeline/gazetteer';
import type { ExistingClaim } from './pipeline/related-claims';

const GAZETTEER = `
MATCH (n) WHERE (n:Person OR n:Agency OR n:Place OR n:Event) AND n.id IS NOT NULL AND n.name IS NOT NULL
RETURN n.id AS id, [label IN labels(n) WHERE label IN ['Person', 'Agency', 'Place', 'Event']][0] AS label,
       n.name AS name, coalesce(n.aliases, []) AS aliases, n.kind AS kind
ORDER BY id`;

/**
 * The existing claims a proposal may link to: of its kinds, about its subjects (each found by an index seek in the
 * labels a claim can be about), with their claimants, subjects and figures.
 */
const RELATED_CANDIDATES = `
MATCH (what:Event|Place|Agency|Person) WHERE what.id IN $aboutIds
MATCH (c:Claim)-[:ABOUT]->(what)
WHERE c.kind IN $kinds
  AND ($excludeArticle IS NULL OR EXISTS { (a:Article)-[:REPORTS]->(c) WHERE a.id <> $excludeArticle })
WITH DISTINCT c
RETURN c.id AS id, c.text AS text, c.kind AS kind, c.date AS date, c.countMin AS countMin, c.countMax AS countMax,
       c.measure AS measure,
       [(who)-[:CLAIMED]->(c) | who.id] AS claimantIds,
       [(c)-[:ABOUT]->(what) | what.id] AS aboutIds
ORDER BY id`;

/** Each entity label's node count, from the count store (no node is read): the gazetteer's version. */
const ENTITY_COUNTS = `
CALL () { MATCH (n:Person) RETURN count(n) AS people }
CALL () { MATCH (n:Agency) RETURN count(n) AS agencies }
CALL () { MATCH (n:Place) RETURN count(n) AS places }
CALL () { MATCH (n:Event) RETURN count(n) AS events }
RETURN [people, agencies, places, events] AS counts`;

export async function readEntityCounts(driver: Driver, target: QueryTarget): Promise<number[]> {
  const result = await readOnce(driver, ENTITY_COUNTS, {}, target);
  return (toJsonValue(result.records[0]?.get('counts')) as number[] | undefined) ?? [];
}

export async function readGazetteer(driver: Driver, target: QueryTarget): Promise<GazetteerEntry[]> {
  const result = await readOnce(driver, GAZETTEER, {}, target);
  return result.records.map((record) => ({
    id: record.get('id') as string,
    label: record.get('label') as EntityLabel,
    name: record.get('name') as string,
    aliases: (record.get('aliases') as unknown[]).filter((alias): alias is string => typeof alias === 'string'),
    kind: typeof record.get('kind') === 'string' ? (record.get('kind') as string) : null,
  }));
}

export interface RelatedClaimsFilter {
  aboutIds: string[];
  kinds: string[];
  /** Leaves out claims reported only by that article (the quality bench re-reads a seed article without its own). */
  excludeArticle?: string | null;
}

/** The claims already in the graph that a proposal's claims may link to (see related-claims.ts). */
export async function readRelatedCandidates(
  driver: Driver,
  target: QueryTarget,
  { aboutIds, kinds, excludeArticle = null }: RelatedClaimsFilter,
): Promise<ExistingClaim[]> {
  if (aboutIds.length === 0 || kinds.length === 0) return [];
  const result = await readOnce(driver, RELATED_CANDIDATES, { aboutIds, kinds, excludeArticle }, target);
  return result.records.map((record) => {
    const value = (key: string) => toJsonValue(record.get(key));
    const number = (key: string) => (typeof value(key) === 'number' ? (value(key) as number) : null);
    const text = (key: string) => (typeof value(key) === 'string' ? (value(key) as string) : null);
    return {
      id: record.get('id') as string,
      text: text('text') ?? '',
      kind: text('kind'),
      date: text('date'),
      countMin: number('countMin'),
      countMax: number('countMax'),
      measure: text('measure'),
      claimantIds: record.get('claimantIds') as string[],
      aboutIds: record.get('aboutIds') as string[],
    };
  });
}

const NODE_LABELS = ['Person', 'Agency', 'Place', 'Event', 'Claim', 'Article'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Which of these ids are nodes of the knowledge graph, and with which label (one index seek per label). */
export async function readNodeLabels(
  driver: Driver,
  ids: string[],
  target: QueryTarget,
): Promise<Map<string, NodeLabel>> {
  if (ids.length === 0) return new Map();
  const query = NODE_LABELS.map(
    (label) => `MATCH (n:${label}) WHERE n.id IN $ids RETURN n.id AS id, '${label}' AS label`,
  ).join('\nUNION ALL\n');
  const result = await readOnce(driver, query, { ids: [...new Set(ids)] }, target);
  return new Map(result.records.map((record) => [record.get('id') as string, record.get('label') as NodeLabel]));
}
