// An ISO calendar date (YYYY-MM-DD) that exists: 2024-02-30 is refused, not rolled over to March.
import { z } from 'zod';

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date like 2024-12-16')
  .refine(isRealDate, 'must be a real calendar date like 2024-12-16');

function isRealDate(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}
