// The contract's graph payload: nodes and edges keyed by the stable `id` property, never Neo4j's element ids.
import { z } from 'zod';

export const graphNodeSchema = z.object({
  id: z.string(),
  labels: z.array(z.string()),
  caption: z.string(),
  properties: z.record(z.string(), z.unknown()),
});

export const graphEdgeSchema = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  properties: z.record(z.string(), z.unknown()),
});

export const graphPayloadSchema = z.object({
  nodes: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema),
});

export type GraphNode = z.infer<typeof graphNodeSchema>;
export type GraphEdge = z.infer<typeof graphEdgeSchema>;
export type GraphPayload = z.infer<typeof graphPayloadSchema>;
