// Queries the `entity_search` full-text index (names, aliases, claim text, article titles).
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import type { QueryTarget } from '../db/query-target';
import { readOnce } from '../db/read-once';
import { captionCypher } from '../graph/caption';
import type { SearchResult } from './search.schema';

const SEARCH_QUERY = `
CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $candidates}) YIELD node, score
WHERE node.id IS NOT NULL AND ($labels IS NULL OR any(label IN labels(node) WHERE label IN $labels))
RETURN node.id AS id, labels(node) AS labels, ${captionCypher('node')} AS caption, score
ORDER BY score DESC, id
LIMIT $limit`;

export async function searchNodes(
  driver: Driver,
  options: { lucene: string; limit: number; labels?: string[]; target: QueryTarget },
): Promise<SearchResult[]> {
  const result = await readOnce(
    driver,
    SEARCH_QUERY,
    {
      lucene: options.lucene,
      labels: options.labels ?? null,
      limit: neo4j.int(options.limit),
      // A label filter drops hits after the index ranks them, so ask the index for more.
      candidates: neo4j.int(options.labels ? options.limit * 10 : options.limit),
    },
    options.target,
  );
  return result.records.map((record) => ({
    id: String(record.get('id')),
    labels: record.get('labels') as string[],
    caption: String(record.get('caption')),
    score: Number(record.get('score')),
  }));
}
