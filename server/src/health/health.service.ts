// Reports whether the server can talk to Neo4j, within a short time budget so a health probe never hangs.
import type { Driver } from 'neo4j-driver';
import { readDatabaseVersion } from './health.repository';
import type { HealthResponse } from './health.schema';

const HEALTH_TIMEOUT_MS = 3_000;

export async function checkHealth(driver: Driver, database?: string): Promise<HealthResponse> {
  try {
    const version = await withTimeout(readDatabaseVersion(driver, database), HEALTH_TIMEOUT_MS);
    return { status: 'ok', neo4j: { connected: true, version } };
  } catch {
    return { status: 'degraded', neo4j: { connected: false, version: null } };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('health check timed out')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
