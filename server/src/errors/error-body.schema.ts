// The body of every error answer: `{ error: { code, message } }` (CONTRACT.md, "Errors").
import { z } from 'zod';

export const errorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export type ErrorBody = z.infer<typeof errorBodySchema>;
