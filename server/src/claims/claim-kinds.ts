// The kinds a claim may have (`Claim.kind` in CONTRACT.md): one list for the article pipeline's schema, the claims
// filter and the review screen. A plain module without zod, so the client can import it without the validator.
export const CLAIM_KINDS = [
  'casualties',
  'troop-strength',
  'deployment',
  'combat-engagement',
  'tactics',
  'coordination',
  'reinforcement',
  'equipment',
  'sanctions',
  'territory',
  'negotiations',
  'military-aid',
  'prediction',
  'accusation',
  'legitimacy',
  'assessment',
  'intent',
  'no-comment',
] as const;

export type ClaimKind = (typeof CLAIM_KINDS)[number];
