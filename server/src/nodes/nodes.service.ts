// One node with its degree, and a page of its neighbours as a graph payload the client can merge.
import type { Driver } from 'neo4j-driver';
import type { QueryTarget } from '../db/query-target';
import { NotFoundError } from '../errors/app-errors';
import { GraphCollector } from '../graph/graph-collector';
import type { GraphVocabulary } from '../graph/graph-vocabulary';
import { toGraphNode } from '../graph/to-graph-node';
import { readNeighborhood, readNodeDegree } from './nodes.repository';
import type { NeighborsResponse, NodeDetails } from './nodes.schema';

export class NodesService {
  constructor(
    private readonly driver: Driver,
    private readonly vocabulary: GraphVocabulary,
    private readonly target: QueryTarget,
  ) {}

  async details(id: string): Promise<NodeDetails> {
    const found = await readNodeDegree(this.driver, {
      id,
      labels: await this.vocabulary.labels(),
      relationshipTypes: await this.vocabulary.relationshipTypes(),
      target: this.target,
    });
    if (!found) throw notFound(id);
    const degree = Object.values(found.degreeByType).reduce((sum, count) => sum + count, 0);
    return { node: toGraphNode(found.node), degree, degreeByType: found.degreeByType };
  }

  async neighbors(id: string, page: { limit: number; skip: number; types?: string[] }): Promise<NeighborsResponse> {
    const types = page.types?.length ? await this.vocabulary.checkRelationshipTypes(page.types, 'types') : undefined;
    const found = await readNeighborhood(this.driver, {
      id,
      labels: await this.vocabulary.labels(),
      types,
      limit: page.limit,
      skip: page.skip,
      target: this.target,
    });
    if (!found) throw notFound(id);
    const collector = new GraphCollector();
    collector.convert([found.node, ...found.neighbors, ...found.relationships]);
    const returned = found.neighbors.length;
    return {
      ...collector.toPayload(),
      meta: { total: found.total, returned, truncated: page.skip + returned < found.total },
    };
  }
}

function notFound(id: string): NotFoundError {
  return new NotFoundError(`No node with id "${id}"; search for it with GET /api/search?q=…`);
}
