// Checks at start-up that the configured Neo4j answers, and explains the usual reasons when it does not.
import type { Driver } from 'neo4j-driver';

export class DatabaseConnectionError extends Error {
  override name = 'DatabaseConnectionError';
}

export async function verifyConnection(driver: Driver, uri: string, user: string): Promise<string> {
  try {
    const info = await driver.getServerInfo();
    return info.agent ?? 'Neo4j';
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    if (code.startsWith('Neo.ClientError.Security')) {
      throw new DatabaseConnectionError(
        `Neo4j at ${uri} rejected user "${user}": ${detail}\nCheck NEO4J_USER and NEO4J_PASSWORD.`,
      );
    }
    throw new DatabaseConnectionError(
      `Cannot reach Neo4j at ${uri}: ${detail}\n` +
        'Check that the database is running and NEO4J_URI is right, or unset NEO4J_URI to use the local Neo4j.',
    );
  }
}
