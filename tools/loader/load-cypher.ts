// Loads cypher/schema then cypher/data into Neo4j: one transaction per file, so a broken file leaves nothing behind.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { CypherLoadError } from './cypher-load-error';
import { readLoadedHashes, recordLoaded } from './load-state.repository';
import { parameteriseLiterals } from './parameterise-literals';
import { splitStatements } from './split-statements';
import { toStatementBatches } from './statement-batches';

export const CYPHER_ROOT = path.resolve(import.meta.dirname, '../../cypher');

export interface LoadOptions {
  root?: string;
  database?: string;
  log?: (line: string) => void;
  /** Skip files whose content is unchanged since they were last loaded into this database (used by npm start). */
  skipUnchanged?: boolean;
}

export interface LoadReport {
  loaded: number;
  skipped: number;
}

/** Script files in load order: every schema file, then every data file, each set sorted by relative path. */
export function listScripts(root = CYPHER_ROOT): string[] {
  return ['schema', 'data'].flatMap((folder) => listCypherFiles(path.join(root, folder)).sort());
}

export async function loadCypher(driver: Driver, options: LoadOptions = {}): Promise<LoadReport> {
  const root = options.root ?? CYPHER_ROOT;
  const loadedHashes = options.skipUnchanged ? await readLoadedHashes(driver, options.database) : new Map();
  const report: LoadReport = { loaded: 0, skipped: 0 };
  for (const file of listScripts(root)) {
    const key = path.relative(root, file);
    const text = readFileSync(file, 'utf8');
    const sha256 = createHash('sha256').update(text).digest('hex');
    if (loadedHashes.get(key) === sha256) {
      report.skipped += 1;
      continue;
    }
    const displayName = path.relative(process.cwd(), file) || file;
    await loadFile(driver, { text, displayName, key, sha256 }, options.database);
    report.loaded += 1;
    options.log?.(`  loaded ${displayName}`);
  }
  return report;
}

/** Loads one script file of `root` in one transaction (and records it as loaded, as loadCypher does). */
export async function loadScript(driver: Driver, file: string, options: { root?: string; database?: string } = {}) {
  const root = options.root ?? CYPHER_ROOT;
  const text = readFileSync(file, 'utf8');
  const sha256 = createHash('sha256').update(text).digest('hex');
  const displayName = path.relative(process.cwd(), file) || file;
  await loadFile(driver, { text, displayName, key: path.relative(root, file), sha256 }, options.database);
}

interface ScriptFile {
  text: string;
  displayName: string;
  /** Path relative to the cypher root, the same on every machine. */
  key: string;
  sha256: string;
}

/**
 * Loading is an administrator's task, not an API query: it gets its own timeout instead of the database's default,
 * which is sized for queries and can be shorter than a file's load on a busy machine.
 */
const LOAD_TRANSACTION = { timeout: 300_000 };

async function loadFile(driver: Driver, script: ScriptFile, database?: string): Promise<void> {
  const isSchema = script.key.startsWith(`schema${path.sep}`);
  const statements = splitStatements(script.text);
  if (!isSchema) {
    // Schema commands take literals only (index names, options); data statements share plans once parameterised,
    // and runs of the common forms go as one UNWIND query each (statement-batches.ts).
    const batches = toStatementBatches(statements.map((statement) => parameteriseLiterals(statement.text)));
    const loaded = await runFile(driver, script, database, async (tx) => {
      for (const batch of batches) await tx.run(batch.text, batch.params);
    }).then(
      () => true,
      () => false,
    );
    if (loaded) return;
  }
  // The script as written, statement by statement: for schema files, and to name the exact file and line of a
  // failure (the failed fast attempt above was rolled back whole, so nothing runs twice).
  await runFile(driver, script, database, async (tx) => {
    for (const statement of statements) {
      try {
        await tx.run(statement.text);
      } catch (error) {
        throw toLoadError(error, script.displayName, statement.line);
      }
    }
  });
}

/** Runs one file in one write transaction, recording it (data files) in the same transaction. */
async function runFile(
  driver: Driver,
  script: ScriptFile,
  database: string | undefined,
  run: (tx: ManagedTransaction) => Promise<void>,
): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      await run(tx);
      // Schema files cannot mix in a data write, so only data files are recorded; schema files are cheap to rerun.
      if (!script.key.startsWith(`schema${path.sep}`)) await recordLoaded(tx, script.key, script.sha256);
    }, LOAD_TRANSACTION);
  } catch (error) {
    if (error instanceof CypherLoadError) throw error;
    throw new CypherLoadError(script.displayName, 1, error instanceof Error ? error.message : String(error));
  } finally {
    await session.close();
  }
}

/** Neo4j reports positions relative to the statement ("line 2, column 5"); shift them to the file. */
function toLoadError(error: unknown, file: string, statementLine: number): CypherLoadError {
  const message = error instanceof Error ? error.message : String(error);
  const position = /line (\d+), column (\d+)/.exec(message);
  const line = position?.[1] ? statementLine + Number(position[1]) - 1 : statementLine;
  return new CypherLoadError(file, line, message.split('\n')[0] ?? message);
}

function listCypherFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return listCypherFiles(full);
    return name.endsWith('.cypher') ? [full] : [];
  });
}
