// @id claim-relations
// @title Claims that corroborate or contradict a claim
// @description The claims linked to the given one by CORROBORATES or CONTRADICTS, in either direction, with the basis and why.
// @param claimId id required — the claim's id, e.g. claim:gur-nk-casualties-30-2024-12-16
MATCH (c:Claim {id: $claimId})-[link:CORROBORATES|CONTRADICTS]-(other:Claim)
OPTIONAL MATCH (who)-[said:CLAIMED]->(other)
WITH c, link, other, collect(who) AS claimants, collect(said) AS claimedBy
RETURN type(link) AS relation, CASE WHEN startNode(link) = c THEN 'outgoing' ELSE 'incoming' END AS direction,
       other.date AS date, [w IN claimants | w.name] AS claimants, other.text AS claim, link.basis AS basis,
       link.note AS note, c, link, other, claimants AS claimantNodes, claimedBy
ORDER BY relation, date, other.id
