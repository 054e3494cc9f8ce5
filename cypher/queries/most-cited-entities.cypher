// @id most-cited-entities
// @title Most-cited entities
// @description People, agencies, places and events ranked by how many claims are about them, then by how many articles mention them.
// @param limit integer = 25 — how many entities
// @cache 60
// Counts are degrees (ABOUT only ever comes from a claim, MENTIONS from an article, CLAIMED leads to a claim), read
// from Neo4j's degree store without visiting the relationships; ranking every entity still grows with the graph
// (about a second at a million nodes), hence @cache.
MATCH (e)
WHERE e:Person OR e:Agency OR e:Place OR e:Event
WITH e, COUNT { (e)<-[:ABOUT]-() } AS claims, COUNT { (e)<-[:MENTIONS]-() } AS mentions,
     COUNT { (e)-[:CLAIMED]->() } AS made
WHERE claims + mentions + made > 0
RETURN e.name AS name, labels(e) AS labels, claims AS claimsAbout, mentions AS articlesMentioning, made AS claimsMade, e
ORDER BY claimsAbout DESC, articlesMentioning DESC, name
LIMIT $limit
