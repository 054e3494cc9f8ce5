// @id claims-in-article
// @title Claims an article reports
// @description The claims the article carries, the oldest first, with the claimant and the verbatim quote where the article has one.
// @param articleId id required — the article's id, e.g. article:000-nk-soldiers-killed-kursk
// @param limit integer = 200 — at most this many claims
MATCH (a:Article {id: $articleId})-[reported:REPORTS]->(c:Claim)
// The page first, then the claimants of its claims alone: a wire service's round-up may carry hundreds.
WITH a, reported, c
ORDER BY c.date, c.id
LIMIT $limit
OPTIONAL MATCH (who)-[said:CLAIMED]->(c)
WITH a, reported, c, collect(who) AS claimants, collect(said) AS claimedBy
RETURN c.date AS date, [w IN claimants | w.name] AS claimants, c.text AS claim, reported.quote AS quote,
       a, reported, c, claimants AS claimantNodes, claimedBy
ORDER BY date, c.id
