// The loader against the real test Neo4j: idempotent, and all-or-nothing per file with a precise error.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CypherLoadError } from '../../tools/loader/cypher-load-error';
import { readGraphCounts } from '../../tools/loader/graph-counts.repository';
import { loadCypher } from '../../tools/loader/load-cypher';
import { testDriver } from '../setup/test-neo4j';

const driver = testDriver();
afterAll(async () => driver.close());

describe('the Cypher loader', () => {
  it('changes nothing when the graph is loaded a second time', async () => {
    const before = await readGraphCounts(driver);
    await loadCypher(driver);
    expect(await readGraphCounts(driver)).toEqual(before);
    expect(Object.keys(before.labels).length).toBeGreaterThan(0);
  });

  it('skips files unchanged since their last load when asked to, as npm start does', async () => {
    await loadCypher(driver);
    const report = await loadCypher(driver, { skipUnchanged: true });
    expect(report.loaded).toBe(3); // the schema files, which are cheap and always re-run
    expect(report.skipped).toBeGreaterThan(0);
  });

  it('reports the file, the line and Neo4j’s message for a broken script and keeps nothing from it', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'kg-loader-'));
    try {
      mkdirSync(path.join(root, 'data'));
      writeFileSync(
        path.join(root, 'data', '010-broken.cypher'),
        [
          '// a good statement first, which must be rolled back with the rest',
          "MERGE (n:LoaderProbe {id: 'probe:one'});",
          '',
          "MERGE (n:LoaderProbe {id: 'probe:two'})",
          'SETT n.name = 1;',
        ].join('\n'),
      );
      const error = await loadCypher(driver, { root }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CypherLoadError);
      const loadError = error as CypherLoadError;
      expect(loadError.file).toMatch(/010-broken\.cypher$/);
      expect(loadError.line).toBe(5);
      expect(loadError.neo4jMessage).toMatch(/Invalid input 'SETT'/);
      const probes = await driver.executeQuery('MATCH (n:LoaderProbe) RETURN count(n) AS count');
      expect(Number(probes.records[0]?.get('count'))).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('names the line of a statement that fails inside a folded batch, and keeps nothing of its file', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'kg-loader-'));
    try {
      mkdirSync(path.join(root, 'data'));
      writeFileSync(
        path.join(root, 'data', '020-null-id.cypher'),
        [
          "MERGE (n:LoaderProbe {id: 'probe:one'}) SET n.name = 'one';",
          "MERGE (n:LoaderProbe {id: 'probe:two'}) SET n.name = 'two';",
          "MERGE (n:LoaderProbe {id: null}) SET n.name = 'no id';",
        ].join('\n'),
      );
      const error = await loadCypher(driver, { root }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CypherLoadError);
      expect((error as CypherLoadError).line).toBe(3);
      expect((error as CypherLoadError).neo4jMessage).toMatch(/null/i);
      const probes = await driver.executeQuery('MATCH (n:LoaderProbe) RETURN count(n) AS count');
      expect(Number(probes.records[0]?.get('count'))).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
