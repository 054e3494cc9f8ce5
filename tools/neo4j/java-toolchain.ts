// Checks that Java 17+ and Maven are on the machine before anything tries to build or run Neo4j.
import { spawnSync } from 'node:child_process';
import { MissingToolError } from './toolchain-errors';

const MIN_JAVA_MAJOR = 17;

/** Returns the Java major version, or throws MissingToolError saying how to install a JDK. */
export function assertJavaAvailable(javaCommand = javaExecutable()): number {
  const result = spawnSync(javaCommand, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new MissingToolError(
      `Java was not found (tried "${javaCommand}"). The local Neo4j needs JDK ${MIN_JAVA_MAJOR} or newer: ` +
        'install it with "sudo apt-get install openjdk-17-jdk-headless" (or set JAVA_HOME), ' +
        'or point the explorer at another database with NEO4J_URI.',
    );
  }
  const major = parseJavaMajor(`${result.stderr}${result.stdout}`);
  if (major === undefined || major < MIN_JAVA_MAJOR) {
    throw new MissingToolError(
      `Java ${major ?? 'of unknown version'} was found, but Neo4j 5.26 needs Java ${MIN_JAVA_MAJOR} or newer. ` +
        'Install it with "sudo apt-get install openjdk-17-jdk-headless" and set JAVA_HOME to it.',
    );
  }
  return major;
}

/** Throws MissingToolError saying how to install Maven when `mvn` is not on the PATH. */
export function assertMavenAvailable(): void {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new MissingToolError(
      'Maven was not found ("mvn" is not on the PATH). The first start downloads Neo4j from Maven Central with it: ' +
        'install it with "sudo apt-get install maven", or point the explorer at another database with NEO4J_URI.',
    );
  }
}

/** `java -version` prints `openjdk version "17.0.15"` or, for Java 8, `"1.8.0_392"`. */
export function parseJavaMajor(versionText: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionText);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

export function javaExecutable(): string {
  return process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java';
}
