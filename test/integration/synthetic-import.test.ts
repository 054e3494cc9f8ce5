// The offline import of the synthetic graph into a fresh data folder of its own Neo4j (not the shared test one, which
// is running): CSV, neo4j-admin's importer, a start on the imported store, cypher/ loaded on top, indexes ONLINE.
// The imported graph must be the one the UNWIND loader writes for the same size: the same counts per label and type,
// the same property values and types, and the batch markers that make the UNWIND loader see it as complete.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../server/src/db/create-driver';
import { bulkLoadSyntheticGraph } from '../../tools/loader/synthetic/bulk-load';
import { createNodes } from '../../tools/loader/synthetic/bulk-load.repository';
import { completeImportedGraph, importSyntheticGraph } from '../../tools/loader/synthetic/import-synthetic-graph';
import { SYNTHETIC_LABELS, syntheticIdPrefix, syntheticSizes } from '../../tools/loader/synthetic/news-graph-model';
import { RELATIONSHIP_KINDS, syntheticBatches } from '../../tools/loader/synthetic/news-graph-rows';
import { LocalNeo4j } from '../../tools/neo4j/local-neo4j';
import { Neo4jImportError, hasDatabase, runAdminImport } from '../../tools/neo4j/neo4j-admin-import';
import { findFreePort } from '../../tools/neo4j/port-check';

const NODES = 5_000;
const PASSWORD = 'import-test-password';
const sizes = syntheticSizes(NODES);
const batches = [...syntheticBatches(sizes, 10_000)];

const root = mkdtempSync(path.join(os.tmpdir(), 'kg-import-test-'));
const home = path.join(root, 'neo4j');
const csvTemp = path.join(root, 'csv');
const localOptions = { home, password: PASSWORD, heap: '512m', txTimeoutSeconds: 120, pageCacheMb: 64 };
let local: LocalNeo4j | undefined;
let driver: Driver;

beforeAll(async () => {
  mkdirSync(csvTemp);
  const imported = await importSyntheticGraph({
    nodes: NODES,
    home,
    overwrite: false,
    tempDir: csvTemp,
    memory: { offHeap: '512m' },
  });
  local = await LocalNeo4j.start({ ...localOptions, boltPort: await findFreePort() });
  driver = createDriver({ uri: local.uri, user: 'neo4j', password: PASSWORD });
  await completeImportedGraph(driver, { emptyLists: imported.emptyLists });
}, 300_000);

afterAll(async () => {
  await driver?.close();
  await local?.stop();
  rmSync(root, { recursive: true, force: true });
});

async function rows(query: string, parameters: Record<string, unknown> = {}) {
  const result = await driver.executeQuery(query, parameters);
  return result.records.map((record) => record.toObject());
}

describe('the offline import of the synthetic graph', () => {
  it('holds as many nodes of each label and relationships of each type as the generator makes, beside the seed graph', async () => {
    for (const label of SYNTHETIC_LABELS) {
      const [counted] = await rows(`MATCH (n:${label}) WHERE n.id STARTS WITH $prefix RETURN count(n) AS count`, {
        prefix: syntheticIdPrefix(label),
      });
      expect(neo4j.integer.toNumber(counted!.count), label).toBe(sizes[label]);
    }
    const expected: Record<string, number> = {};
    for (const batch of batches) {
      if (batch.kind !== 'relationships') continue;
      const type = RELATIONSHIP_KINDS[batch.relationship].type;
      expected[type] = (expected[type] ?? 0) + batch.rows.length;
    }
    const byType = await rows(
      `MATCH (a)-[r]->() WHERE a.id CONTAINS ':synthetic-' RETURN type(r) AS type, count(r) AS count ORDER BY type`,
    );
    expect(Object.fromEntries(byType.map((row) => [row.type, neo4j.integer.toNumber(row.count)]))).toEqual(expected);
    const [seed] = await rows(
      `MATCH (n) WHERE n.id IS NOT NULL AND NOT n.id CONTAINS ':synthetic-' RETURN count(n) AS count`,
    );
    expect(neo4j.integer.toNumber(seed!.count)).toBeGreaterThan(100);
  });

  it("stores each node's properties with the values and types the UNWIND loader's Cypher gives the same row", async () => {
    const session = driver.session();
    const tx = session.beginTransaction();
    try {
      for (const batch of batches) {
        if (batch.kind !== 'nodes' || batch.sequence !== 0) continue;
        const sample = batch.rows.slice(0, 3);
        const ids = sample.map((row) => row.id);
        const imported = await tx.run('UNWIND $ids AS id MATCH (n {id: id}) RETURN properties(n) AS p ORDER BY id', {
          ids,
        });
        // In a transaction rolled back below: the imported nodes make way for the UNWIND loader's own.
        await tx.run('UNWIND $ids AS id MATCH (n {id: id}) DETACH DELETE n', { ids });
        await tx.run(createNodes(batch.label), { rows: sample });
        const written = await tx.run('UNWIND $ids AS id MATCH (n {id: id}) RETURN properties(n) AS p ORDER BY id', {
          ids,
        });
        expect(
          imported.records.map((r) => r.get('p')),
          batch.label,
        ).toEqual(written.records.map((r) => r.get('p')));
        expect(imported.records).toHaveLength(sample.length);
      }
    } finally {
      await tx.rollback();
      await session.close();
    }
  });

  it('gives each relationship the properties of its row', async () => {
    for (const batch of batches) {
      if (batch.kind !== 'relationships' || batch.sequence !== 0) continue;
      const { type } = RELATIONSHIP_KINDS[batch.relationship];
      const row = batch.rows[0]!;
      const found = await rows(`MATCH ({id: $from})-[r:${type}]->({id: $to}) RETURN properties(r) AS p`, row);
      expect(
        found.map((r) => r.p),
        batch.relationship,
      ).toContainEqual(row.properties);
    }
  });

  it('has every index ONLINE, and search finds the imported nodes through the full-text index', async () => {
    const states = await rows('SHOW INDEXES YIELD name, state RETURN name, state');
    expect(states.filter((index) => index.state !== 'ONLINE')).toEqual([]);
    expect(states.map((index) => index.name)).toEqual(expect.arrayContaining(['claim_id', 'entity_search']));
    const [hits] = await rows(
      "CALL db.index.fulltext.queryNodes('entity_search', 'Kovalenko') YIELD node WHERE node.id STARTS WITH 'person:synthetic-' RETURN count(node) AS count",
    );
    expect(neo4j.integer.toNumber(hits!.count)).toBeGreaterThan(10);
  });

  it('is complete for the UNWIND loader, which writes nothing more for the same size and refuses another', async () => {
    const again = await bulkLoadSyntheticGraph(driver, { nodes: NODES });
    expect(again.written).toBe(0);
    expect(again.skippedBatches).toBe(batches.length);
    await expect(bulkLoadSyntheticGraph(driver, { nodes: 1_000 })).rejects.toThrow(/another synthetic graph/);
  });

  it('refuses the data folder of a running Neo4j, saying to stop it, and leaves its store as it was', async () => {
    const attempt = importSyntheticGraph({ nodes: 1_000, home, overwrite: true, tempDir: csvTemp });
    await expect(attempt).rejects.toBeInstanceOf(Neo4jImportError);
    await expect(attempt).rejects.toThrow(/running Neo4j uses the data folder/);
    const [counted] = await rows('MATCH (n:Claim) WHERE n.id STARTS WITH $prefix RETURN count(n) AS count', {
      prefix: syntheticIdPrefix('Claim'),
    });
    expect(neo4j.integer.toNumber(counted!.count)).toBe(sizes.Claim);
    expect(readdirSync(csvTemp)).toEqual([]);
  });

  // Replacing it (--replace) is tested with the import command, which also keeps the users' saved queries.
  it('refuses a folder that already holds a database unless told to replace it', async () => {
    await local?.stop();
    expect(hasDatabase(home)).toBe(true);
    const attempt = importSyntheticGraph({ nodes: 1_000, home, overwrite: false, tempDir: csvTemp });
    await expect(attempt).rejects.toThrow(/already holds a database: import again with --replace/);
    expect(readdirSync(csvTemp)).toEqual([]);
  });

  it("names the importer's own reason when a relationship joins a node that is not there", async () => {
    const folder = mkdtempSync(path.join(root, 'bad-'));
    const nodes = path.join(folder, 'nodes.csv');
    const relationships = path.join(folder, 'relationships.csv');
    writeFileSync(nodes, 'id:ID(Person),name\nperson:a,A\n');
    writeFileSync(relationships, ':START_ID(Person),:END_ID(Person)\nperson:a,person:missing\n');
    const attempt = runAdminImport({
      home: path.join(folder, 'home'),
      nodes: [{ labelOrType: 'Person', file: nodes }],
      relationships: [{ labelOrType: 'KNOWS', file: relationships }],
      overwrite: false,
      arrayDelimiter: ';',
      offHeap: '256m',
      reportFile: path.join(folder, 'import.report'),
    });
    await expect(attempt).rejects.toBeInstanceOf(Neo4jImportError);
    await expect(attempt).rejects.toThrow(/person:missing/);
  }, 120_000);
});
