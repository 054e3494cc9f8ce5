// @id shortest-path
// @title Shortest path between two entities
// @description The shortest chain of relationships (at most 10, any direction) linking two nodes: how a person, a claim and a place connect.
// @param fromId id required — one end, e.g. person:pat-ryder
// @param toId id required — the other end, e.g. place:vorozhba
MATCH (a {id: $fromId}), (b {id: $toId})
WHERE a <> b AND none(label IN labels(a) + labels(b) WHERE label STARTS WITH '_')
MATCH path = shortestPath((a)-[*..10]-(b))
RETURN length(path) AS hops, [n IN nodes(path) | coalesce(n.name, n.title, n.id)] AS steps,
       [r IN relationships(path) | type(r)] AS via, path
