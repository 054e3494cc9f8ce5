// The API's wire types and response schemas, taken from the server's zod schemas (the one source of every shape);
// nothing is declared here. The API client validates each answer with these schemas.
export { claimResponseSchema, claimsResponseSchema } from '../../../server/src/claims/claims.schema';
export { cypherResultSchema } from '../../../server/src/cypher/cypher-result.schema';
export { errorBodySchema } from '../../../server/src/errors/error-body.schema';
export { sourcesSchema } from '../../../server/src/embed/embed.schema';
export { proposalSchema, saveResultSchema } from '../../../server/src/articles/articles.schema';
export { healthResponseSchema } from '../../../server/src/health/health.schema';
export { neighborsResponseSchema, nodeDetailsSchema } from '../../../server/src/nodes/nodes.schema';
export { savedQueriesResponseSchema, savedQueryResponseSchema } from '../../../server/src/queries/queries.schema';
export { schemaResponseSchema } from '../../../server/src/schema/schema.schema';
export { searchResponseSchema } from '../../../server/src/search/search.schema';
export { rowNodeSchema, rowPathSchema, rowRelationshipSchema } from '../../../server/src/cypher/cypher-result.schema';

export type {
  Claim,
  ClaimReference,
  ClaimResponse,
  ClaimSource,
  ClaimsFilter,
  ClaimsResponse,
  RelatedClaim,
} from '../../../server/src/claims/claims.schema';
export type {
  CypherResult,
  RowNode,
  RowPath,
  RowRelationship,
  RowValue,
} from '../../../server/src/cypher/cypher-result.schema';
export type { CypherRequest } from '../../../server/src/cypher/cypher.schema';
export type { ErrorBody } from '../../../server/src/errors/error-body.schema';
export type {
  PreviewRequest as ArticlePreviewRequest,
  Proposal as ArticleProposal,
  SaveRequest as ArticleSaveRequest,
  SaveResult as ArticleSaveResult,
} from '../../../server/src/articles/articles.schema';
export type { EmbedSource as ArticleSource, EmbedSources } from '../../../server/src/embed/embed.schema';
export type { GraphEdge, GraphNode, GraphPayload } from '../../../server/src/graph/graph-payload.schema';
export type { HealthResponse } from '../../../server/src/health/health.schema';
export type { NeighborsQuery, NeighborsResponse, NodeDetails } from '../../../server/src/nodes/nodes.schema';
export type {
  NewSavedQuery,
  ParamType,
  RunQueryBody,
  SavedQueriesResponse,
  SavedQueryParam,
  SavedQueryResponse,
  SavedQuerySummary,
} from '../../../server/src/queries/queries.schema';
export type { SchemaResponse } from '../../../server/src/schema/schema.schema';
export type { SearchResponse, SearchResult } from '../../../server/src/search/search.schema';
