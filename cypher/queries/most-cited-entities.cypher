// @id most-cited-entities
// @title Most-cited entities
// @description People, agencies, places and events ranked by how many claims are about them, then by how many articles mention them.
// @param limit integer = 25 — how many entities
MATCH (e)
WHERE e:Person OR e:Agency OR e:Place OR e:Event
WITH e, COUNT { (:Claim)-[:ABOUT]->(e) } AS claims, COUNT { (:Article)-[:MENTIONS]->(e) } AS mentions,
     COUNT { (e)-[:CLAIMED]->(:Claim) } AS made
WHERE claims + mentions + made > 0
RETURN e.name AS name, labels(e) AS labels, claims AS claimsAbout, mentions AS articlesMentioning, made AS claimsMade, e
ORDER BY claimsAbout DESC, articlesMentioning DESC, name
LIMIT $limit
