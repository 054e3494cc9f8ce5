// The only procedures ad-hoc and user-saved Cypher may call: read-only ones the client needs for legends, the
// schema view and search. Everything else (dbms.*, apoc.*, db.create*, tx.*, …) is refused.

export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
]);

/** Namespaces whose functions reach outside the graph (plugins, DBMS internals); none may be called. */
export const REFUSED_FUNCTION_NAMESPACES: ReadonlySet<string> = new Set(['apoc', 'dbms', 'gds', 'tx']);
