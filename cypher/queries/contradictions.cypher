// @id contradictions
// @title Where sources disagree
// @description Pairs of claims that contradict each other, the oldest first, with who made each one and why they disagree.
// @param limit integer = 200 — at most this many pairs, the oldest first
MATCH (a:Claim)-[link:CONTRADICTS]->(b:Claim)
// The page first, then the claimants of its claims alone.
WITH a, link, b
ORDER BY a.date, a.id, b.id
LIMIT $limit
OPTIONAL MATCH (whoA)-[saidA:CLAIMED]->(a)
WITH a, link, b, collect(whoA) AS claimantsA, collect(saidA) AS claimedA
OPTIONAL MATCH (whoB)-[saidB:CLAIMED]->(b)
WITH a, link, b, claimantsA, claimedA, collect(whoB) AS claimantsB, collect(saidB) AS claimedB
RETURN [w IN claimantsA | w.name] AS saidBy, a.text AS claim, [w IN claimantsB | w.name] AS disputedBy,
       b.text AS otherClaim, link.note AS why, a, link, b, claimantsA, claimedA, claimantsB, claimedB
ORDER BY a.date, a.id, b.id
