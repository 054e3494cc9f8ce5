// @id shortest-path
// @title Shortest path between two entities
// @description The shortest chain of relationships (at most 10, any direction) linking two nodes: how a person, a claim and a place connect.
// @param fromId id required — one end, e.g. person:pat-ryder
// @param toId id required — the other end, e.g. place:vorozhba
// Both ends by their ids, one index seek per label of the knowledge graph (never a bookkeeping node).
MATCH (a:Person|Agency|Place|Event|Claim|Article {id: $fromId}), (b:Person|Agency|Place|Event|Claim|Article {id: $toId})
WHERE a <> b
MATCH path = shortestPath((a)-[*..10]-(b))
RETURN length(path) AS hops, [n IN nodes(path) | coalesce(n.name, n.title, n.id)] AS steps,
       [r IN relationships(path) | type(r)] AS via, path
