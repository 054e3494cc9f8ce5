// The loader's error: which file, which line, and what Neo4j said, so a broken script is quick to fix.

export class CypherLoadError extends Error {
  override name = 'CypherLoadError';

  constructor(
    readonly file: string,
    readonly line: number,
    readonly neo4jMessage: string,
  ) {
    super(`${file}:${line}: ${neo4jMessage}\nNothing from ${file} was kept (its transaction was rolled back).`);
  }
}
