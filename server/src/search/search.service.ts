// Full-text search with fuzzy and prefix matching, optionally restricted to allow-listed labels.
import type { Driver } from 'neo4j-driver';
import type { QueryTarget } from '../db/query-target';
import { BadRequestError } from '../errors/app-errors';
import type { GraphVocabulary } from '../graph/graph-vocabulary';
import { toLuceneQuery } from './lucene-query';
import { searchNodes } from './search.repository';
import type { SearchResult } from './search.schema';

export class SearchService {
  constructor(
    private readonly driver: Driver,
    private readonly vocabulary: GraphVocabulary,
    private readonly target: QueryTarget,
  ) {}

  async search(text: string, limit: number, labels?: string[]): Promise<SearchResult[]> {
    const lucene = toLuceneQuery(text);
    if (!lucene) {
      throw new BadRequestError(`Query parameter "q" must contain letters or digits to search for (got "${text}").`);
    }
    const allowed = labels?.length ? await this.vocabulary.checkLabels(labels, 'labels') : undefined;
    return searchNodes(this.driver, { lucene, limit, labels: allowed, target: this.target });
  }
}
