// The sources behind a set of nodes: the articles among them and the articles that report the claims among them,
// found by index seeks on the given ids (never a scan of every article), newest first.
import neo4j, { type Driver } from 'neo4j-driver';
import type { QueryTarget } from '../db/query-target';
import { readOnce } from '../db/read-once';
import type { EmbedSource } from './embed.schema';

const SOURCES_QUERY = `
CALL {
  UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a
  UNION
  UNWIND $ids AS id MATCH (:Claim {id: id})<-[:REPORTS]-(a:Article) RETURN a
}
WITH DISTINCT a
ORDER BY a.published DESC, a.id
WITH collect(a {articleId: a.id, .title, .outlet, published: toString(a.published)}) AS found
RETURN found[0..$limit] AS sources, size(found) AS total`;

export async function readSources(
  driver: Driver,
  ids: readonly string[],
  limit: number,
  target: QueryTarget,
): Promise<{ sources: EmbedSource[]; total: number }> {
  if (ids.length === 0) return { sources: [], total: 0 };
  const result = await readOnce(driver, SOURCES_QUERY, { ids, limit: neo4j.int(limit) }, target);
  const record = result.records[0];
  if (!record) return { sources: [], total: 0 };
  const sources = (record.get('sources') as Record<string, unknown>[]).map((source) => ({
    articleId: String(source.articleId),
    title: typeof source.title === 'string' ? source.title : null,
    outlet: typeof source.outlet === 'string' ? source.outlet : null,
    published: typeof source.published === 'string' ? source.published : null,
  }));
  return { sources, total: neo4j.integer.toNumber(record.get('total')) };
}
