// @id claims-about
// @title Claims about a place, event or anyone
// @description Claims about the entity, and for a place also about the places inside it (villages in a region), with who made them.
// @param entityId id required — what the claims are about, e.g. place:kursk-region or event:kursk-weekend-battles-2024-12-14
// @param limit integer = 100 — at most this many claims
MATCH (c:Claim)-[aboutLink:ABOUT]->(subject)
WHERE subject.id = $entityId OR EXISTS { (subject)-[:LOCATED_IN*1..4]->(target:Place {id: $entityId}) }
OPTIONAL MATCH (who)-[said:CLAIMED]->(c)
WITH c, aboutLink, subject, collect(who) AS claimants, collect(said) AS claimedBy
ORDER BY c.date, c.id
LIMIT $limit
RETURN c.date AS date, [w IN claimants | w.name] AS claimants, c.text AS claim, subject.name AS about,
       c, aboutLink, subject, claimants AS claimantNodes, claimedBy
