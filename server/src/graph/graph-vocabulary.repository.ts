// Reads the labels and relationship types that exist in the database (Neo4j's token lists, no graph scan).
import type { Driver } from 'neo4j-driver';
import type { QueryTarget } from '../db/query-target';
import { readOnce } from '../db/read-once';

export interface VocabularyTokens {
  labels: string[];
  relationshipTypes: string[];
}

export async function readVocabularyTokens(driver: Driver, target: QueryTarget): Promise<VocabularyTokens> {
  const result = await readOnce(
    driver,
    'CALL db.labels() YIELD label WITH collect(label) AS labels ' +
      'CALL db.relationshipTypes() YIELD relationshipType ' +
      'RETURN labels, collect(relationshipType) AS relationshipTypes',
    {},
    target,
  );
  const record = result.records[0];
  return {
    labels: (record?.get('labels') as string[] | undefined) ?? [],
    relationshipTypes: (record?.get('relationshipTypes') as string[] | undefined) ?? [],
  };
}
