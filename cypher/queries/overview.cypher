// @id overview
// @title Who said what
// @description The most active claimants (people and agencies), their most-reported claims and what those claims are about: a first picture small enough to read, drawn as a graph (no table). Search, or double-click a node to expand it, to go further.
// @param claimants integer = 8 — how many claimants, the one with the most claims first
// @param claimsEach integer = 4 — at most this many claims per claimant, the most reported first
// @param limit integer = 40 — at most this many claims in all
// @cache 60
// Counts are degrees (CLAIMED only ever leads to a claim, REPORTS only from an article), read from Neo4j's degree
// store without visiting the relationships; still, ranking every claimant grows with the graph, hence @cache.
MATCH (who:Person|Agency)
WITH who, COUNT { (who)-[:CLAIMED]->() } AS made
WHERE made > 0
ORDER BY made DESC, who.id
LIMIT $claimants
CALL (who) {
  MATCH (who)-[said:CLAIMED]->(c:Claim)
  WITH said, c, COUNT { ()-[:REPORTS]->(c) } AS reports
  ORDER BY reports DESC, c.date, c.id
  LIMIT $claimsEach
  RETURN said, c, reports
}
WITH who, said, c, reports
ORDER BY reports DESC, c.id
LIMIT $limit
OPTIONAL MATCH (c)-[aboutLink:ABOUT]->(subject)
RETURN who, said, c, aboutLink, subject
