// The Cypher that finds one node by its stable id using the per-label `id` indexes: `CALL { MATCH (n:A {id: $id})
// RETURN n UNION … }`, one index seek per label instead of a scan of every node. Labels come from the vocabulary
// allow-list and are quoted; the id is always a parameter.
import { quoteName } from './cypher-name';

export function findNodeByIdClause(labels: readonly string[], idParameter = 'id', variable = 'n'): string {
  const branches = labels.map(
    (label) => `MATCH (${variable}:${quoteName(label)} {id: $${idParameter}}) RETURN ${variable}`,
  );
  return `CALL { ${branches.join(' UNION ')} } WITH ${variable} LIMIT 1`;
}
