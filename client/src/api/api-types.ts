// Response shapes of the HTTP API as CONTRACT.md ("API details") fixes them, for the client's use.
import type { GraphPayload } from '../../../server/src/graph/graph-payload.schema';
import type { CypherResult } from '../../../server/src/cypher/cypher-result.schema';
import type { EmbedSource as ArticleSource } from '../../../server/src/embed/embed.schema';

import type {
  PreviewRequest as ArticlePreviewRequest,
  Proposal as ArticleProposal,
  SaveRequest as ArticleSaveRequest,
  SaveResult as ArticleSaveResult,
} from '../../../server/src/articles/articles.schema';

export type { GraphPayload, CypherResult, ArticleSource };
export type { ArticlePreviewRequest, ArticleProposal, ArticleSaveRequest, ArticleSaveResult };

export interface HealthResponse {
  status: 'ok' | 'degraded';
  neo4j: { connected: boolean; version: string | null };
}

export interface SchemaResponse {
  labels: { label: string; count: number }[];
  relationshipTypes: { type: string; count: number }[];
  propertyKeys: string[];
}

export interface SearchResult {
  id: string;
  labels: string[];
  caption: string;
  score: number;
}

export interface NodeRecord {
  id: string;
  labels: string[];
  caption: string;
  properties: Record<string, unknown>;
}

export interface NodeResponse {
  node: NodeRecord;
  degree: number;
  degreeByType: Record<string, number>;
}

export interface NeighborsResponse extends GraphPayload {
  meta: { total: number; returned: number; truncated: boolean };
}

export interface EntityRef {
  id: string;
  labels: string[];
  name: string;
}

export type { Claim, ClaimSource, ClaimsResponse } from '../../../server/src/claims/claims.schema';

export type ParamType = 'string' | 'integer' | 'float' | 'boolean' | 'date' | 'id';

export interface QueryParam {
  name: string;
  type: ParamType;
  default: string | number | boolean | null;
  required: boolean;
  description?: string;
}

export interface SavedQuerySummary {
  id: string;
  title: string;
  description: string;
  params: QueryParam[];
  source?: 'builtin' | 'user';
}

export interface NewSavedQuery {
  id?: string;
  title: string;
  description?: string;
  query: string;
  params?: QueryParam[];
}
