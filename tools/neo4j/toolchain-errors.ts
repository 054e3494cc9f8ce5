// Errors for a local Neo4j that cannot start: each message says what a person should do next.

/** A program the local Neo4j needs (Java, Maven) is missing or too old. */
export class MissingToolError extends Error {
  override name = 'MissingToolError';
}

/** A port the explorer needs is already taken by another process. */
export class PortInUseError extends Error {
  override name = 'PortInUseError';
}

/** Neo4j itself refused to start; the message carries its reason and the log to read. */
export class Neo4jStartError extends Error {
  override name = 'Neo4jStartError';
}
