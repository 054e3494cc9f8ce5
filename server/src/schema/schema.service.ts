// The schema for legends and filters: every label and relationship type that has data, with counts, biggest first.
import type { Driver } from 'neo4j-driver';
import type { QueryTarget } from '../db/query-target';
import type { GraphVocabulary } from '../graph/graph-vocabulary';
import { countLabels, countRelationshipTypes, readPropertyKeys, type NameCount } from './schema.repository';
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
    const [labels, types, keys] = await Promise.all([
      this.vocabulary.labels().then((names) => countLabels(this.driver, names, this.target)),
      this.vocabulary.relationshipTypes().then((names) => countRelationshipTypes(this.driver, names, this.target)),
      readPropertyKeys(this.driver, this.target),
    ]);
    return {
      labels: withData(labels).map(({ name, count }) => ({ label: name, count })),
      relationshipTypes: withData(types).map(({ name, count }) => ({ type: name, count })),
      propertyKeys: keys.filter((key) => !BOOKKEEPING_KEYS.has(key)),
    };
  }
}

function withData(counts: NameCount[]): NameCount[] {
  return counts.filter((item) => item.count > 0).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
