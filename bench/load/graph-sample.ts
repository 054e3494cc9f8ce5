// Reads what the traffic mix draws from (node, claim and article ids, words to search for, the saved queries and
// their parameters) through the API itself, so the same code works against a server the load command started and
// against one it was pointed at.
import type { GraphSample } from './traffic-mix';

type SampleQuery = GraphSample['savedQueries'][number];

const IDS_QUERY =
  'MATCH (n) WHERE n.id IS NOT NULL AND NOT n:_SavedQuery ' +
  'RETURN n.id AS id, coalesce(n.name, n.title, "") AS name ORDER BY n.id LIMIT 2000';

export async function readGraphSample(url: string): Promise<GraphSample> {
  const rows = (await call(url, '/api/cypher', { query: IDS_QUERY })).rows as { id: string; name: string }[];
  const ids = rows.map((row) => row.id);
  const claimIds = ids.filter((id) => id.startsWith('claim:'));
  const articleIds = ids.filter((id) => id.startsWith('article:'));
  const nodeIds = ids.filter((id) => !id.startsWith('claim:') && !id.startsWith('article:'));
  // Whole names and their first word, as people type them into the search box.
  const names = rows.map((row) => row.name).filter((name) => name.length > 2);
  const searchWords = [...new Set(names.flatMap((name) => [name, name.split(/\s+/)[0] ?? name]))];
  const { queries } = (await call(url, '/api/queries')) as { queries: (SampleQuery & { source: string })[] };
  const savedQueries = queries.filter((query) => query.source === 'builtin').map(({ id, params }) => ({ id, params }));
  if (nodeIds.length === 0 || claimIds.length === 0 || articleIds.length === 0 || savedQueries.length === 0) {
    throw new Error(
      `The graph at ${url} has no nodes, claims, articles or saved queries to ask for: load one first ` +
        '(npm run load:graph).',
    );
  }
  return { nodeIds, claimIds, articleIds, searchWords, savedQueries };
}

async function call(url: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(answer)}`);
  return answer;
}
