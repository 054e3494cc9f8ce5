// `npm run load:synthetic -- --import` against a local Neo4j data folder of its own: what it refuses (NEO4J_URI, a
// running Neo4j, a folder with a database and no --replace) without changing anything, and a --replace that puts
// the users' saved queries back beside the imported graph, with a backup file written first.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../server/src/db/create-driver';
import { loadLocalEnv, localNeo4jOptions } from '../../tools/local-config';
import { ImportRefusedError, importIntoLocalNeo4j } from '../../tools/loader/synthetic/import-into-local';
import { syntheticSizes } from '../../tools/loader/synthetic/news-graph-model';
import { LocalNeo4j } from '../../tools/neo4j/local-neo4j';
import { findFreePort } from '../../tools/neo4j/port-check';
import { mergeSavedQueries, readSavedQueries } from '../../tools/user-data/user-data.repository';

const root = mkdtempSync(path.join(os.tmpdir(), 'kg-import-command-test-'));
const home = path.join(root, 'neo4j');
const backups = path.join(root, 'backups');
const log = (): void => undefined;
const saved = {
  id: 'claims-about-kursk',
  title: 'Claims about Kursk',
  description: 'kept across an import',
  cypher: 'MATCH (c:Claim) RETURN c LIMIT 5',
  params: [],
  createdAt: '2026-01-31T10:00:00Z',
};

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function environment() {
  return loadLocalEnv({
    NEO4J_DATA_DIR: home,
    NEO4J_BOLT_PORT: String(await findFreePort()),
    NEO4J_PASSWORD: 'import-command-test',
    NEO4J_HEAP: '512m',
    NEO4J_PAGE_CACHE: '64m',
    NEO4J_TX_TIMEOUT_SECONDS: '120',
  });
}

describe('the import command', () => {
  it('refuses the database of NEO4J_URI, whose files are not here, and names the UNWIND loader instead', async () => {
    const env = { ...(await environment()), NEO4J_URI: 'bolt://db.example.org:7687' };
    const attempt = importIntoLocalNeo4j(env, { nodes: 1_000, replace: true, log });
    await expect(attempt).rejects.toBeInstanceOf(ImportRefusedError);
    await expect(attempt).rejects.toThrow(/NEO4J_URI is set.*UNWIND loader/s);
  });

  it('refuses a running Neo4j and a folder with a database, then replaces it and keeps the saved queries', async () => {
    const env = await environment();
    const running = await LocalNeo4j.start(localNeo4jOptions(env, log));
    const driver = createDriver({ uri: running.uri, user: 'neo4j', password: env.NEO4J_PASSWORD });
    try {
      await mergeSavedQueries(driver, [saved]);
      const whileRunning = importIntoLocalNeo4j(env, { nodes: 1_000, replace: true, log, backupDir: backups });
      await expect(whileRunning).rejects.toThrow(new RegExp(`A Neo4j answers on port ${env.NEO4J_BOLT_PORT}`));
    } finally {
      await driver.close();
      await running.stop();
    }

    const withoutReplace = importIntoLocalNeo4j(env, { nodes: 1_000, replace: false, log, backupDir: backups });
    await expect(withoutReplace).rejects.toThrow(/already holds a database.*--replace/s);

    const report = await importIntoLocalNeo4j(env, { nodes: 1_000, replace: true, log, backupDir: backups });
    expect(report.restoredQueries).toBe(1);
    expect(readdirSync(backups)).toEqual([expect.stringMatching(/^user-data-before-import-.*\.json$/)]);

    const after = await LocalNeo4j.start(localNeo4jOptions(env, log));
    const check = createDriver({ uri: after.uri, user: 'neo4j', password: env.NEO4J_PASSWORD });
    try {
      expect(await readSavedQueries(check)).toEqual([saved]);
      const result = await check.executeQuery(
        "MATCH (c:Claim) WHERE c.id STARTS WITH 'claim:synthetic-' RETURN count(c) AS n",
      );
      expect(neo4j.integer.toNumber(result.records[0]!.get('n'))).toBe(syntheticSizes(1_000).Claim);
    } finally {
      await check.close();
      await after.stop();
    }
  }, 300_000);
});
