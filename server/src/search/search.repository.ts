// Queries the `entity_search` full-text index (names, aliases, claim text, article titles).
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import type { SearchResult } from './search.schema';

const SEARCH_QUERY = `
CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $candidates}) YIELD node, score
WHERE node.id IS NOT NULL AND ($labels IS NULL OR any(label IN labels(node) WHERE label IN $labels))
RETURN node.id AS id, labels(node) AS labels, coalesce(node.name, node.title, node.text, node.id) AS caption, score
ORDER BY score DESC, id
LIMIT $limit`;

export async function searchNodes(
  driver: Driver,
  options: { lucene: string; limit: number; labels?: string[]; database?: string },
): Promise<SearchResult[]> {
  const result = await driver.executeQuery(
    SEARCH_QUERY,
    {
      lucene: options.lucene,
      labels: options.labels ?? null,
      limit: neo4j.int(options.limit),
      // A label filter drops hits after the index ranks them, so ask the index for more.
      candidates: neo4j.int(options.labels ? options.limit * 10 : options.limit),
    },
    { database: options.database, routing: 'READ', transactionConfig: { timeout: 5_000 } },
  );
  return result.records.map((record) => ({
    id: String(record.get('id')),
    labels: record.get('labels') as string[],
    caption: String(record.get('caption')),
    score: Number(record.get('score')),
  }));
}
