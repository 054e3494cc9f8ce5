// @id overview
// @title Whole graph overview
// @description A bounded sample of the graph: up to `limit` nodes and the relationships between them.
// @param limit integer = 500 — at most this many nodes
MATCH (n)
WHERE none(label IN labels(n) WHERE label STARTS WITH '_')
WITH n ORDER BY n.id LIMIT $limit
WITH collect(n) AS nodes
UNWIND nodes AS n
OPTIONAL MATCH (n)-[r]->(m)
WHERE m IN nodes
RETURN n, r, m
