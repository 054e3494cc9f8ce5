// The result shape shared by POST /api/cypher and POST /api/queries/:id/run, including what a row value can be:
// the graph collector (graph/graph-collector.ts) writes nodes, relationships and paths into rows in these shapes
// and puts the full nodes and edges in `graph`.
import { z } from 'zod';
import { graphPayloadSchema } from '../graph/graph-payload.schema';

/** A node in a row: its stable id and labels; the node itself (caption, properties) is in `graph.nodes`. */
export const rowNodeSchema = z.strictObject({ id: z.string(), labels: z.array(z.string()) });

/** A relationship (or a path segment) in a row: its type and properties. */
export const rowRelationshipSchema = z.strictObject({
  type: z.string(),
  properties: z.record(z.string(), z.unknown()),
});

/** A path in a row: the ids of its first and last node and how many relationships it has. */
export const rowPathSchema = z.strictObject({ start: z.string(), end: z.string(), length: z.number().int() });

export type RowNode = z.infer<typeof rowNodeSchema>;
export type RowRelationship = z.infer<typeof rowRelationshipSchema>;
export type RowPath = z.infer<typeof rowPathSchema>;

/**
 * Any value in a row: JSON scalars (integers beyond ±2^53 and temporal values as strings), points
 * `{ srid, x, y, z? }`, lists and maps, and the graph shapes above (which are maps too, so a map the query builds
 * with the same keys reads the same).
 */
export type RowValue =
  null | string | number | boolean | RowNode | RowRelationship | RowPath | RowValue[] | { [key: string]: RowValue };

export const rowValueSchema: z.ZodType<RowValue> = z.lazy(() =>
  z.union([
    z.null(),
    z.string(),
    z.number(),
    z.boolean(),
    rowNodeSchema,
    rowRelationshipSchema,
    rowPathSchema,
    z.array(rowValueSchema),
    z.record(z.string(), rowValueSchema),
  ]),
);

export const cypherResultSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), rowValueSchema)),
  graph: graphPayloadSchema,
  summary: z.object({
    queryType: z.string(),
    rows: z.number().int(),
    truncated: z.boolean(),
    ms: z.number(),
  }),
});

export type CypherResult = z.infer<typeof cypherResultSchema>;
