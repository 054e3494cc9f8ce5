// Nothing lost: `npm run backup` writes users' saved queries to plain JSON and `npm run restore` brings them back
// into a database that lost them — idempotently, and refusing a file that is not a backup without touching anything.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testNeo4j } from '../setup/test-neo4j';
import { startTestServer, type TestServer } from '../setup/test-server';
import { getJson, postJson } from './api-client';

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

const QUERIES = [
  {
    id: 'test-backup-claims-about',
    title: 'Claims about a place ✓ «Курск»',
    description: 'with a parameter of each kind',
    query: 'MATCH (c:Claim)-[:ABOUT]->(x {id: $place}) WHERE c.date >= $from RETURN c LIMIT $limit',
    params: [
      { name: 'place', type: 'id', default: 'place:kursk-region', required: true },
      { name: 'from', type: 'date', default: '2024-12-01', required: false },
      { name: 'limit', type: 'integer', default: 10, required: false },
      { name: 'strict', type: 'boolean', default: null, required: false, description: 'unused' },
    ],
  },
  { id: 'test-backup-one', title: 'One', query: 'RETURN 1 AS one' },
];

function tool(script: string, ...args: string[]) {
  const { uri, user, password } = testNeo4j();
  return run(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
    timeout: 120_000,
  });
}

describe('backing up and restoring user data', () => {
  let server: TestServer;
  let folder: string;
  const userQueries = async () =>
    ((await getJson(`${server.url}/api/queries`)).body.queries as { id: string; source: string }[]).filter((query) =>
      query.id.startsWith('test-backup-'),
    );
  const forget = () =>
    server.driver.executeQuery("MATCH (q:_SavedQuery) WHERE q.id STARTS WITH 'test-backup-' DELETE q");

  beforeAll(async () => {
    server = await startTestServer();
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-backup-'));
    await forget();
    for (const query of QUERIES) expect((await postJson(`${server.url}/api/queries`, query)).status).toBe(201);
  });
  afterAll(async () => {
    await forget();
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('writes every saved query to plain JSON, then brings them back into a database that lost them', async () => {
    const before = await userQueries();
    const file = path.join(folder, 'backup.json');
    const backup = await tool('tools/backup.ts', '--out', file);
    expect(backup.stdout).toMatch(/Backed up \d+ saved queries/);
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written).toMatchObject({ format: 'kg-explorer-user-data', version: 1 });
    const saved = written.savedQueries.find((query: { id: string }) => query.id === 'test-backup-claims-about');
    expect(saved).toMatchObject({ title: QUERIES[0]!.title, cypher: QUERIES[0]!.query, params: QUERIES[0]!.params });
    expect(saved.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    await forget();
    expect(await userQueries()).toEqual([]);
    const restore = await tool('tools/restore.ts', file);
    expect(restore.stdout).toMatch(/Restored \d+ saved queries .*: \d+ created, 0 updated/);
    expect(await userQueries()).toEqual(before);
    const ran = await postJson(`${server.url}/api/queries/test-backup-claims-about/run`, { params: {} });
    expect(ran.status).toBe(200);
    expect(ran.body.rows.length).toBeGreaterThan(0);
  });

  it('is idempotent: restoring the same file again changes nothing', async () => {
    const file = path.join(folder, 'again.json');
    await tool('tools/backup.ts', '--out', file);
    const before = await userQueries();
    const again = await tool('tools/restore.ts', file);
    expect(again.stdout).toMatch(/: 0 created, \d+ updated/);
    expect(await userQueries()).toEqual(before);
    const count = await server.driver.executeQuery(
      "MATCH (q:_SavedQuery) WHERE q.id STARTS WITH 'test-backup-' RETURN count(q) AS n",
    );
    expect(Number(count.records[0]?.get('n'))).toBe(QUERIES.length);
  });

  it('refuses a file that is not a backup, says why and changes nothing', async () => {
    const file = path.join(folder, 'not-a-backup.json');
    writeFileSync(file, JSON.stringify({ savedQueries: [{ id: 'Not Kebab', title: '', cypher: '' }] }));
    const before = await userQueries();
    const attempt = tool('tools/restore.ts', file);
    await expect(attempt).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/nothing was changed.*format/s),
    });
    expect(await userQueries()).toEqual(before);
  });
});
