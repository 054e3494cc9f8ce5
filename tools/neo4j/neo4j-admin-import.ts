// Runs Neo4j's offline importer (`neo4j-admin database import full`, class org.neo4j.cli.AdminTool, already on the
// launcher's classpath) into the data folder of the local Neo4j while that Neo4j is stopped. The importer writes the
// store files directly, with no transactions: the fastest way to fill an empty database. It takes the folder's
// store lock, so it refuses a folder a running Neo4j uses. A failure carries the importer's own reason.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ensureLauncherBuilt } from './build-launcher';
import { javaExecutable } from './java-toolchain';

export interface ImportInput {
  /** A label (nodes) or a relationship type (relationships), and the CSV file with its header line. */
  labelOrType: string;
  file: string;
  /** The file has fields spanning lines, so the importer must read it as such (slower; only where needed). */
  multiline?: boolean;
}

export interface AdminImportOptions {
  /** The local Neo4j's home (`neo4j.home`): the store goes to data/databases/<database>. */
  home: string;
  database?: string;
  nodes: ImportInput[];
  relationships: ImportInput[];
  /** Replace a database already in the folder; without it the importer refuses one. */
  overwrite: boolean;
  /** e.g. `U+001F`. */
  arrayDelimiter: string;
  /** The importer's JVM heap, and the memory it may use outside it (id maps, caches). */
  heap?: string;
  offHeap?: string;
  /** Where the importer lists bad entries (and keeps nothing else). */
  reportFile: string;
  log?: (line: string) => void;
}

export const DEFAULT_IMPORT_MEMORY = { heap: '1g', offHeap: '2g' } as const;

/** The importer failed: its own reason and what to do. */
export class Neo4jImportError extends Error {
  override name = 'Neo4jImportError';

  constructor(
    readonly reason: string,
    readonly hint: string,
  ) {
    super(`The offline import failed: ${reason}\n${hint}`);
  }
}

/** Whether the folder holds a store of `database` (an earlier start or import), which an import would replace. */
export function hasDatabase(home: string, database = 'neo4j'): boolean {
  const store = path.join(home, 'data', 'databases', database);
  return existsSync(store) && readdirSync(store).some((name) => name.startsWith('neostore'));
}

export async function runAdminImport(options: AdminImportOptions): Promise<void> {
  const log = options.log ?? (() => undefined);
  const launcher = await ensureLauncherBuilt(log);
  const memory = { ...DEFAULT_IMPORT_MEMORY, ...definedOnly({ heap: options.heap, offHeap: options.offHeap }) };
  const multiline = [...options.nodes, ...options.relationships].filter((input) => input.multiline);
  // A fresh folder is fine: the importer only needs NEO4J_HOME to exist, and a folder for its report.
  mkdirSync(options.home, { recursive: true });
  mkdirSync(path.dirname(options.reportFile), { recursive: true });
  const args = [
    `-Xmx${memory.heap}`,
    '-cp',
    launcher.classpath,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    // Verbose, so a failure prints its cause (the bad row, the missing node) and not only "Error in input data".
    '--verbose',
    ...options.nodes.map((input) => `--nodes=${input.labelOrType}=${input.file}`),
    ...options.relationships.map((input) => `--relationships=${input.labelOrType}=${input.file}`),
    `--array-delimiter=${options.arrayDelimiter}`,
    `--max-off-heap-memory=${memory.offHeap}`,
    `--report-file=${options.reportFile}`,
    `--overwrite-destination=${options.overwrite}`,
    ...(multiline.length > 0
      ? ['--multiline-fields-format=v2', `--multiline-fields=${multiline.map((input) => input.file).join(',')}`]
      : []),
    options.database ?? 'neo4j',
  ];
  const output: string[] = [];
  const exit = await new Promise<{ code: number | null; error?: Error }>((resolve) => {
    const child = spawn(javaExecutable(), args, {
      // The importer finds the store under NEO4J_HOME; its (absent) neo4j.conf under NEO4J_CONF, never a stray one.
      env: { ...process.env, NEO4J_HOME: path.resolve(options.home), NEO4J_CONF: path.resolve(options.home, 'conf') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const onLine = (line: string): void => {
      // Progress bars and dots are many; the stages ("Nodes, started …", "Done in …", "IMPORT DONE …") tell the story.
      if (line.includes('∆') || /^[.\-\s]*\d*%/.test(line) || /^[.\s-]+$/.test(line) || line.trim() === '') return;
      output.push(line);
      if (output.length > 300) output.shift();
      if (/, started \d{4}-|^Done in|^IMPORT DONE|^Imported:|^\s+\d+ (nodes|relationships|properties)$/.test(line)) {
        log(`  ${line.trim()}`);
      }
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    child.once('error', (error) => resolve({ code: null, error }));
    child.once('close', (code) => resolve({ code }));
  });
  if (exit.error) throw new Neo4jImportError(`Java could not be started: ${exit.error.message}`, JAVA_HINT);
  if (exit.code !== 0) {
    throw new Neo4jImportError(describeFailure(output, options.reportFile), hintFor(output.join('\n'), options));
  }
}

const JAVA_HINT = 'Install JDK 17 or newer ("sudo apt-get install openjdk-17-jdk-headless") or set JAVA_HOME.';

/** The importer's root cause (the last "Caused by:" with its message lines), or its last lines, and its report. */
export function describeFailure(output: string[], reportFile: string): string {
  const meaningful = output.filter(
    (line) =>
      !/^\s+at |^\s+\.\.\. \d+ more|^Run with '--verbose'|^WARNING Import failed|CommandFailedException/.test(line),
  );
  const cause = meaningful.findLastIndex((line) => line.startsWith('Caused by:'));
  const reason = cause >= 0 ? meaningful.slice(cause, cause + 8) : meaningful.slice(-8);
  const report = existsSync(reportFile) ? readFileSync(reportFile, 'utf8').trim().split('\n').slice(-10) : [];
  return [
    ...reason,
    ...(report.length > 0 && report[0] !== '' ? [`From the importer's report (${reportFile}):`, ...report] : []),
  ].join('\n');
}

function hintFor(text: string, options: AdminImportOptions): string {
  if (/already exist/i.test(text)) {
    return `The data folder ${options.home} already holds a database: import again with --replace to replace it.`;
  }
  if (/lock|in use|is being used/i.test(text)) {
    return (
      `A running Neo4j uses the data folder ${options.home}: stop it (npm start, npm run neo4j) and run the import ` +
      'again, or set NEO4J_DATA_DIR to another folder.'
    );
  }
  if (/OutOfMemoryError|not enough memory|insufficient memory/i.test(text)) {
    return 'The importer ran out of memory: give it more with --import-heap / --import-off-heap, or import fewer nodes.';
  }
  return (
    'The store files the import began are left in an unusable state: run the import again with --replace once the ' +
    'cause above is fixed.'
  );
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
