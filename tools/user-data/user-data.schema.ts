// The backup file of user data: plain JSON that people can read, diff and keep, validated before a restore touches
// the database. Today users create saved queries; a later kind of user data gets its own list next to them.
import { z } from 'zod';
import { paramTypes, SAVED_QUERY_ID } from '../../server/src/queries/queries.schema';

export const USER_DATA_FORMAT = 'kg-explorer-user-data';

export const backedUpQuerySchema = z.object({
  id: z.string().max(80).regex(SAVED_QUERY_ID, 'must be kebab-case like my-query'),
  title: z.string().min(1).max(120),
  description: z.string().max(1_000).default(''),
  cypher: z.string().min(1),
  params: z
    .array(
      z.object({
        name: z.string().min(1),
        type: z.enum(paramTypes),
        default: z.union([z.string(), z.number(), z.boolean(), z.null()]),
        required: z.boolean(),
        description: z.string().optional(),
      }),
    )
    .default([]),
  /** When the query was first saved (ISO date-time); kept across restores. */
  createdAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, 'must be an ISO date-time')
    .nullable()
    .default(null),
});

export const userDataSchema = z.object({
  format: z.literal(USER_DATA_FORMAT, { error: `must be "${USER_DATA_FORMAT}": is this a backup of the explorer?` }),
  version: z.literal(1, { error: 'must be 1, the only version this explorer reads' }),
  exportedAt: z.string(),
  savedQueries: z.array(backedUpQuerySchema),
});

export type BackedUpQuery = z.infer<typeof backedUpQuerySchema>;
export type UserData = z.infer<typeof userDataSchema>;
