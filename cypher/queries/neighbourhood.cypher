// @id neighbourhood
// @title An entity's neighbourhood
// @description The node and everything one relationship away, with the kind of link, most connected neighbours first.
// @param entityId id required — the node's id, e.g. agency:gur
// @param limit integer = 100 — at most this many neighbours
// The node by its id, one index seek per label of the knowledge graph (never a bookkeeping node).
MATCH (e:Person|Agency|Place|Event|Claim|Article {id: $entityId})-[link]-(neighbour)
WHERE none(label IN labels(neighbour) WHERE label STARTS WITH '_')
WITH e, link, neighbour, COUNT { (neighbour)--() } AS degree
ORDER BY degree DESC, neighbour.id
LIMIT $limit
RETURN type(link) AS relation, CASE WHEN startNode(link) = e THEN 'outgoing' ELSE 'incoming' END AS direction,
       coalesce(neighbour.name, neighbour.title, neighbour.id) AS neighbourName, labels(neighbour) AS labels,
       e, link, neighbour
