// Runs the embedded Neo4j launcher as a child JVM: waits for READY, reports failures with Neo4j's own reason,
// and stops it cleanly. The JVM also stops by itself when this process dies (it watches its stdin and parent).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ensureLauncherBuilt } from './build-launcher';
import { javaExecutable } from './java-toolchain';
import { isPortFree } from './port-check';
import { Neo4jStartError, PortInUseError } from './toolchain-errors';

export interface LocalNeo4jOptions {
  /** Folder for the store and logs; created when missing. */
  home: string;
  boltPort: number;
  password: string;
  txTimeoutSeconds: number;
  heap: string;
  pageCacheMb?: number;
  /** Most heap one transaction may use; beyond it the query fails with a memory error and the JVM lives on. */
  txMemoryMb?: number;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export class LocalNeo4j {
  private exited: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    readonly uri: string,
    readonly home: string,
  ) {
    this.exited = new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('exit', () => resolve());
    });
  }

  static async start(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
    const log = options.log ?? (() => undefined);
    if (!(await isPortFree(options.boltPort))) {
      throw new PortInUseError(
        `Port ${options.boltPort} (Neo4j Bolt) is already in use, perhaps by another Neo4j or a previous run. ` +
          'Stop that process, or choose another port with NEO4J_BOLT_PORT=<port>.',
      );
    }
    const launcher = await ensureLauncherBuilt(log);
    const home = path.resolve(options.home);
    mkdirSync(home, { recursive: true });
    log(`Starting Neo4j (data in ${home}, Bolt on 127.0.0.1:${options.boltPort})…`);

    const child = spawn(
      javaExecutable(),
      [
        `-Xms${options.heap}`,
        `-Xmx${options.heap}`,
        '-XX:+UseG1GC',
        // Lets Neo4j's page cache use direct buffers as it does in a regular server install.
        '--add-opens=java.base/java.nio=ALL-UNNAMED',
        '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
        `-Dneo4j.home=${home}`,
        `-Dneo4j.boltPort=${options.boltPort}`,
        `-Dneo4j.txTimeout=${options.txTimeoutSeconds}`,
        `-Dneo4j.pageCacheMb=${options.pageCacheMb ?? 256}`,
        `-Dneo4j.txMemoryMb=${options.txMemoryMb ?? 512}`,
        '-cp',
        launcher.classpath,
        launcher.mainClass,
      ],
      {
        // The password goes through the environment, not argv, so `ps` does not show it.
        env: { ...process.env, NEO4J_LAUNCHER_PASSWORD: options.password },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    const instance = new LocalNeo4j(child, `bolt://127.0.0.1:${options.boltPort}`, home);
    await instance.waitUntilReady(options.startTimeoutMs ?? 180_000);
    return instance;
  }

  /** CPU time the JVM has used so far (all its threads, JIT compilers included), read from Linux's /proc. */
  cpuSeconds(): number | undefined {
    try {
      // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks (100 per second).
      const fields = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return undefined; // Not Linux, or the JVM is gone.
    }
  }

  /** Kills the JVM at once (SIGKILL), as a crash would: no checkpoint, the next start recovers from the log. */
  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }

  /** Stops Neo4j (SIGTERM, so it checkpoints and releases the store lock), killing it if it hangs. */
  async stop(timeoutMs = 30_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    await this.exited;
    clearTimeout(timer);
  }

  private waitUntilReady(timeoutMs: number): Promise<void> {
    const output: string[] = [];
    return new Promise((resolve, reject) => {
      let settled = false;
      const fail = (reason: string): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void this.stop(5_000).finally(() => reject(new Neo4jStartError(this.describeFailure(reason, output))));
      };
      const timer = setTimeout(() => fail(`it did not answer within ${timeoutMs / 1000} s`), timeoutMs);
      createInterface({ input: this.child.stderr! }).on('line', (line) => remember(output, line));
      createInterface({ input: this.child.stdout! }).on('line', (line) => {
        if (line.startsWith('READY ')) {
          settled = true;
          clearTimeout(timer);
          resolve();
        } else if (line.startsWith('FAILED ')) {
          fail(line.slice('FAILED '.length));
        } else {
          remember(output, line);
        }
      });
      this.child.once('error', (error) => fail(`Java could not be started: ${error.message}`));
      // 'close' comes after the output streams end, so a FAILED line printed just before exiting is seen first.
      this.child.once('close', (code, signal) => fail(`the JVM exited early (${signal ?? `exit code ${code}`})`));
    });
  }

  private describeFailure(reason: string, output: string[]): string {
    const debugLog = path.join(this.home, 'logs', 'debug.log');
    const logErrors = existsSync(debugLog)
      ? readFileSync(debugLog, 'utf8')
          .split('\n')
          .filter((line) => /\bERROR\b/.test(line))
          .slice(-5)
      : [];
    const hint = reason.includes('locked by another process')
      ? [`Another Neo4j is using the data folder ${this.home}: stop it, or set NEO4J_DATA_DIR to another folder.`]
      : [];
    return [
      `Neo4j failed to start: ${reason}`,
      ...hint,
      ...(output.length ? ['Launcher output:', ...output.slice(-10).map((l) => `  ${l}`)] : []),
      ...(logErrors.length ? [`From ${debugLog}:`, ...logErrors.map((l) => `  ${l}`)] : []),
      `Full log: ${debugLog}`,
    ].join('\n');
  }
}

function remember(lines: string[], line: string): void {
  lines.push(line);
  if (lines.length > 50) lines.shift();
}
