// @id casualty-figures
// @title Casualty figures side by side
// @description The statements of the given kind (casualties by default), the oldest first, with or without a figure, and every statement of another kind that counts the same thing (the Pentagon's "killed and wounded", a combat assessment): who said it and how, the figure in their words and as bounds, and every source.
// @param kind string = casualties — the claim kind, e.g. casualties or troop-strength
// @param limit integer = 200 — at most this many statements, the oldest first
CALL {
  MATCH (c:Claim {kind: $kind}) RETURN c
  UNION
  MATCH (k:Claim {kind: $kind}) WHERE k.measure IS NOT NULL
  WITH DISTINCT k.measure AS measure
  MATCH (c:Claim {measure: measure}) RETURN c
}
// The page first, then the claimants and sources of its statements alone.
WITH c ORDER BY c.date, c.id
LIMIT $limit
RETURN c.date AS date,
       COLLECT { MATCH (who)-[said:CLAIMED]->(c) RETURN who.name + coalesce(' (' + said.channel + ')', '') AS w ORDER BY w } AS claimedBy,
       c.text AS statement, c.countText AS figure, c.countMin AS atLeast, c.countMax AS atMost, c.measure AS measure,
       c.kind AS kind, c.verified AS verified,
       COLLECT { MATCH (a:Article)-[:REPORTS]->(c) RETURN coalesce(a.outlet, '?') + ', ' + coalesce(a.published, 'undated') + ': ' + a.title AS s ORDER BY s } AS sources,
       [p = (:Person|Agency)-[:CLAIMED]->(c) | p] + [p = (:Article)-[:REPORTS]->(c) | p] AS graph
