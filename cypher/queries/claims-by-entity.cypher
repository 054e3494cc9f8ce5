// @id claims-by-entity
// @title Claims made by a person or agency
// @description Every claim the person or agency made, oldest first, with the channel and the sources that report it.
// @param entityId id required — the claimant's id, e.g. person:pat-ryder or agency:gur
// @param limit integer = 100 — at most this many claims
MATCH (who:Person|Agency {id: $entityId})-[said:CLAIMED]->(c:Claim)
// The page first, then the sources of its claims alone: a spokesperson may have made thousands.
WITH who, said, c
ORDER BY c.date, c.id
LIMIT $limit
OPTIONAL MATCH (a:Article)-[reported:REPORTS]->(c)
WITH who, said, c, collect(a) AS articles, collect(reported) AS reports
ORDER BY c.date, c.id
RETURN c.date AS date, who.name AS claimant, said.channel AS channel, c.text AS claim,
       [a IN articles | a.outlet] AS outlets, who, said, c, articles, reports
