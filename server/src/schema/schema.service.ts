// The schema for legends and filters: every label and relationship type that has data, with counts, biggest first.
import type { Driver } from 'neo4j-driver';
import type { QueryTarget } from '../db/query-target';
import type { GraphVocabulary } from '../graph/graph-vocabulary';
import { readSchemaCounts, type NameCount } from './schema.repository';
import type { SchemaResponse } from './schema.schema';

/** Keys only the server's saved-query nodes use; they are not part of the knowledge graph. */
const BOOKKEEPING_KEYS = new Set(['cypher', 'paramsJson', 'createdAt']);

export class SchemaService {
  constructor(
    private readonly driver: Driver,
    private readonly vocabulary: GraphVocabulary,
    private readonly target: QueryTarget,
  ) {}

  async describe(): Promise<SchemaResponse> {
    const names = {
      labels: await this.vocabulary.labels(),
      relationshipTypes: await this.vocabulary.relationshipTypes(),
    };
    const counts = await readSchemaCounts(this.driver, names, this.target);
    return {
      labels: withData(counts.labels).map(({ name, count }) => ({ label: name, count })),
      relationshipTypes: withData(counts.relationshipTypes).map(({ name, count }) => ({ type: name, count })),
      propertyKeys: counts.propertyKeys.filter((key) => !BOOKKEEPING_KEYS.has(key)),
    };
  }
}

function withData(counts: NameCount[]): NameCount[] {
  return counts.filter((item) => item.count > 0).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
