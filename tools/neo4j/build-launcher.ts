// Builds the Java launcher of the local Neo4j with Maven on first use; later runs reuse what is there.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { assertJavaAvailable, assertMavenAvailable } from './java-toolchain';
import { MissingToolError } from './toolchain-errors';

export const LAUNCHER_DIR = path.resolve(import.meta.dirname, '../../neo4j-launcher');
const TARGET_DIR = path.join(LAUNCHER_DIR, 'target');
const STAMP_FILE = path.join(TARGET_DIR, 'build-stamp.txt');
const MAIN_CLASS = 'org.kgexplorer.launcher.Neo4jLauncher';

export interface LauncherCommand {
  classpath: string;
  mainClass: string;
}

/**
 * Compiles the launcher and copies Neo4j's jars into target/lib, unless a previous build of the same sources is
 * there. `log` receives progress lines (Maven's downloads are summarised, not dumped).
 */
export async function ensureLauncherBuilt(log: (line: string) => void): Promise<LauncherCommand> {
  assertJavaAvailable();
  const command = {
    classpath: [path.join(TARGET_DIR, 'classes'), path.join(TARGET_DIR, 'lib', '*')].join(path.delimiter),
    mainClass: MAIN_CLASS,
  };
  const fingerprint = sourceFingerprint();
  if (existsSync(STAMP_FILE) && readFileSync(STAMP_FILE, 'utf8') === fingerprint) return command;

  assertMavenAvailable();
  log('Building the local Neo4j launcher (first run downloads Neo4j Community 5.26 from Maven Central, ~125 MB)…');
  await runMaven(['-B', 'dependency:copy-dependencies', 'compile'], log);
  writeFileSync(STAMP_FILE, fingerprint);
  log(`Neo4j launcher ready (${describeSize(path.join(TARGET_DIR, 'lib'))} of jars in neo4j-launcher/target/lib).`);
  return command;
}

function runMaven(args: string[], log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, { cwd: LAUNCHER_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    const recent: string[] = [];
    let downloads = 0;
    const onLine = (line: string): void => {
      recent.push(line);
      if (recent.length > 40) recent.shift();
      if (line.includes('Downloaded from')) {
        downloads += 1;
        if (downloads % 100 === 0) log(`  … ${downloads} files downloaded`);
      } else if (line.startsWith('[ERROR]')) {
        log(`  ${line}`);
      }
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    child.once('error', (error) => reject(new MissingToolError(`Could not run Maven: ${error.message}`)));
    child.once('exit', (code, signal) => {
      if (code === 0) {
        log(`  Maven finished (${downloads} files downloaded).`);
        resolve();
        return;
      }
      reject(
        new MissingToolError(
          `Maven could not build the Neo4j launcher (${signal ?? `exit code ${code}`}). ` +
            'Check that Maven Central (https://repo.maven.apache.org) is reachable. Last lines of its output:\n' +
            recent.slice(-15).join('\n'),
        ),
      );
    });
  });
}

/** A hash of everything the build depends on, so an edited pom.xml or launcher source triggers a rebuild. */
function sourceFingerprint(): string {
  const hash = createHash('sha256');
  const files = [path.join(LAUNCHER_DIR, 'pom.xml'), ...listFiles(path.join(LAUNCHER_DIR, 'src'))];
  for (const file of files.sort()) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

function describeSize(dir: string): string {
  const bytes = readdirSync(dir).reduce((sum, name) => sum + statSync(path.join(dir, name)).size, 0);
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}
