// @id casualty-figures
// @title Casualty figures side by side
// @description Every claim with a figure of the given kind (casualties by default): who said it, the figure in their words, the bounds, and every source.
// @param kind string = casualties — the claim kind, e.g. casualties or troop-strength
MATCH (c:Claim {kind: $kind})
WHERE c.countMin IS NOT NULL OR c.countMax IS NOT NULL
OPTIONAL MATCH (who)-[said:CLAIMED]->(c)
WITH c, collect(who) AS claimants, collect(said) AS claimedRels
OPTIONAL MATCH (a:Article)-[reported:REPORTS]->(c)
WITH c, claimants, claimedRels, collect(a) AS articles, collect(reported) AS reports
RETURN c.date AS date, [w IN claimants | w.name] AS claimedBy, c.countText AS figure, c.countMin AS atLeast,
       c.countMax AS atMost, c.measure AS measure, c.verified AS verified,
       [a IN articles | coalesce(a.outlet, '?') + ': ' + a.title] AS sources,
       c, claimants, claimedRels, articles, reports
ORDER BY date, c.id
