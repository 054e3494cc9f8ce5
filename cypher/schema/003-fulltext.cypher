// Full-text search over names, aliases (lists of strings), claim text and article titles, for GET /api/search.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Person|Agency|Place|Event|Claim|Article)
ON EACH [n.name, n.aliases, n.text, n.title];
