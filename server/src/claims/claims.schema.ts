// GET /api/claims and GET /api/claims/:id: filters and the Claim shape of CONTRACT.md ("who said what").
import { z } from 'zod';
import { isoDateSchema } from '../http/iso-date';

const isoDate = isoDateSchema;

const nodeId = z.string().min(1, 'must be a node id such as person:pat-ryder').max(300, 'is too long');

export const claimsQuerySchema = z
  .object({
    about: nodeId.optional(),
    by: nodeId.optional(),
    article: nodeId.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    kind: z.string().min(1).max(100, 'is too long').optional(),
    limit: z.coerce
      .number({ error: 'must be a whole number from 1 to 1000' })
      .int('must be a whole number from 1 to 1000')
      .min(1, 'must be at least 1')
      .max(1_000, 'must be at most 1000')
      .default(200),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: 'must not be after "to"',
    path: ['from'],
  });

export const claimIdSchema = z.object({ id: nodeId });

const reference = z.object({ id: z.string(), labels: z.array(z.string()), name: z.string().nullable() });

export const claimSchema = z.object({
  id: z.string(),
  text: z.string().nullable(),
  date: z.string().nullable(),
  kind: z.string().nullable(),
  countMin: z.number().nullable(),
  countMax: z.number().nullable(),
  measure: z.string().nullable(),
  verified: z.boolean().nullable(),
  dateNote: z.string().nullable(),
  claimants: z.array(reference.extend({ channel: z.string().nullable() })),
  about: z.array(reference),
  sources: z.array(
    z.object({
      articleId: z.string(),
      title: z.string().nullable(),
      outlet: z.string().nullable(),
      published: z.string().nullable(),
      quote: z.string().nullable(),
    }),
  ),
  corroborates: z.array(z.object({ id: z.string(), text: z.string().nullable(), note: z.string().nullable() })),
  contradicts: z.array(z.object({ id: z.string(), text: z.string().nullable(), note: z.string().nullable() })),
});

export type ClaimsQuery = z.infer<typeof claimsQuerySchema>;
export type Claim = z.infer<typeof claimSchema>;
