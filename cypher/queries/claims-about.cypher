// @id claims-about
// @title Claims about a place, event or anyone
// @description Claims about the entity, and for a place also about the places inside it (villages in a region), with who made them.
// @param entityId id required — what the claims are about, e.g. place:kursk-region or event:kursk-weekend-battles-2024-12-14
// @param limit integer = 100 — at most this many claims
// The subject by its id, one index seek per label a claim can be about, and for a place every place inside it.
MATCH (target:Event|Place|Agency|Person {id: $entityId})
CALL (target) {
  RETURN target AS subject
  UNION
  MATCH (target:Place)<-[:LOCATED_IN*1..4]-(subject)
  RETURN subject
}
MATCH (c:Claim)-[aboutLink:ABOUT]->(subject)
// The page first, then the claimants of its claims alone: a country is the subject of most claims.
WITH c, aboutLink, subject
ORDER BY c.date, c.id
LIMIT $limit
OPTIONAL MATCH (who)-[said:CLAIMED]->(c)
WITH c, aboutLink, subject, collect(who) AS claimants, collect(said) AS claimedBy
ORDER BY c.date, c.id
RETURN c.date AS date, [w IN claimants | w.name] AS claimants, c.text AS claim, subject.name AS about,
       c, aboutLink, subject, claimants AS claimantNodes, claimedBy
