// Starts a private Neo4j for the test run (own port, own temporary folder, random password), loads cypher/ into it,
// and hands its coordinates to the tests through vitest's provide/inject.
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDriver } from '../../server/src/db/create-driver';
import { loadCypher } from '../../tools/loader/load-cypher';
import { LocalNeo4j } from '../../tools/neo4j/local-neo4j';
import { findFreePort } from '../../tools/neo4j/port-check';
import type { TestNeo4j } from './test-neo4j';

let neo4j: LocalNeo4j | undefined;
let home: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  home = mkdtempSync(path.join(os.tmpdir(), 'kg-explorer-test-neo4j-'));
  const password = randomBytes(12).toString('hex');
  const boltPort = await findFreePort();
  neo4j = await LocalNeo4j.start({
    home,
    boltPort,
    password,
    heap: '1g',
    txTimeoutSeconds: 20,
    pageCacheMb: 128,
    // Small enough that a memory-hungry ad-hoc query meets the limit long before its timeout.
    txMemoryMb: 256,
    // A cold JVM on a machine busy with other work can take minutes to answer; a slow start is not a failure.
    startTimeoutMs: 600_000,
    log: (line) => console.log(`[test neo4j] ${line}`),
  });
  const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password });
  try {
    await loadCypher(driver);
  } finally {
    await driver.close();
  }
  const coordinates: TestNeo4j = { uri: neo4j.uri, user: 'neo4j', password, home, boltPort };
  project.provide('neo4j', coordinates);
}

export async function teardown(): Promise<void> {
  await neo4j?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
}
