// Whether the database answers: unknown until the first health check, then available or unavailable.
export type DatabaseStatus =
  { type: 'unknown' } | { type: 'available'; version: string | null } | { type: 'unavailable'; message: string };
