// Loads cypher/schema then cypher/data into Neo4j: one transaction per file, so a broken file leaves nothing behind.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { CypherLoadError } from './cypher-load-error';
import { splitStatements } from './split-statements';

export const CYPHER_ROOT = path.resolve(import.meta.dirname, '../../cypher');

export interface LoadOptions {
  root?: string;
  database?: string;
  log?: (line: string) => void;
}

/** Script files in load order: every schema file, then every data file, each set sorted by relative path. */
export function listScripts(root = CYPHER_ROOT): string[] {
  return ['schema', 'data'].flatMap((folder) => listCypherFiles(path.join(root, folder)).sort());
}

export async function loadCypher(driver: Driver, options: LoadOptions = {}): Promise<number> {
  const root = options.root ?? CYPHER_ROOT;
  const files = listScripts(root);
  for (const file of files) {
    const relative = path.relative(process.cwd(), file) || file;
    await loadFile(driver, file, relative, options.database);
    options.log?.(`  loaded ${relative}`);
  }
  return files.length;
}

async function loadFile(driver: Driver, file: string, displayName: string, database?: string): Promise<void> {
  const statements = splitStatements(readFileSync(file, 'utf8'));
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      for (const statement of statements) {
        try {
          await tx.run(statement.text);
        } catch (error) {
          throw toLoadError(error, displayName, statement.line);
        }
      }
    });
  } catch (error) {
    if (error instanceof CypherLoadError) throw error;
    throw new CypherLoadError(displayName, 1, error instanceof Error ? error.message : String(error));
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
