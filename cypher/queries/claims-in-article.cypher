// @id claims-in-article
// @title Claims an article reports
// @description Every claim the article carries, with the claimant and the verbatim quote where the article has one.
// @param articleId id required — the article's id, e.g. article:000-nk-soldiers-killed-kursk
MATCH (a:Article {id: $articleId})-[reported:REPORTS]->(c:Claim)
OPTIONAL MATCH (who)-[said:CLAIMED]->(c)
WITH a, reported, c, collect(who) AS claimants, collect(said) AS claimedBy
RETURN c.date AS date, [w IN claimants | w.name] AS claimants, c.text AS claim, reported.quote AS quote,
       a, reported, c, claimants AS claimantNodes, claimedBy
ORDER BY date, c.id
