// @id claims-in-date-range
// @title Claims made between two dates
// @description Claims whose statement date lies in the range (both ends included), oldest first, with who made them.
// @param from date required — first day, e.g. 2024-12-14
// @param to date required — last day, e.g. 2024-12-17
// @param limit integer = 200 — at most this many claims
MATCH (c:Claim)
WHERE c.date >= $from AND c.date <= $to
// The page first, read in the order of the claim_date index, then the claimants of its claims alone.
WITH c
ORDER BY c.date, c.id
LIMIT $limit
OPTIONAL MATCH (who)-[said:CLAIMED]->(c)
WITH c, collect(who) AS claimants, collect(said) AS claimedBy
ORDER BY c.date, c.id
RETURN c.date AS date, [w IN claimants | w.name] AS claimants, c.kind AS kind, c.text AS claim,
       c, claimants AS claimantNodes, claimedBy
