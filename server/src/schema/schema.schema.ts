// Shape of GET /api/schema: labels and relationship types with counts, and the property keys in use.
import { z } from 'zod';

export const schemaResponseSchema = z.object({
  labels: z.array(z.object({ label: z.string(), count: z.number().int() })),
  relationshipTypes: z.array(z.object({ type: z.string(), count: z.number().int() })),
  propertyKeys: z.array(z.string()),
});

export type SchemaResponse = z.infer<typeof schemaResponseSchema>;
