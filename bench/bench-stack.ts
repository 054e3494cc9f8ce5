// What the API parts run against: the real app on a free port over Neo4j with the seed graph loaded. The Neo4j is
// the bench's own (a free port, a temporary folder deleted at the end) unless NEO4J_URI names one. `stop()` stops
// everything this file started, and is safe to call twice.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../server/src/config/load-config';
import { createDriver } from '../server/src/db/create-driver';
import { createLogger } from '../server/src/logger';
import { startServer, type RunningServer } from '../server/src/server';
import { loadCypher } from '../tools/loader/load-cypher';
import { LocalNeo4j, type LocalNeo4jOptions } from '../tools/neo4j/local-neo4j';
import { findFreePort } from '../tools/neo4j/port-check';

export class BenchStack {
  private stopping: Promise<void> | undefined;

  private constructor(
    /** The server's address without a trailing slash. */
    readonly url: string,
    readonly driver: Driver,
    readonly database: string | undefined,
    /** True when the database is the user's (NEO4J_URI), which the bench must not fill with synthetic data. */
    readonly external: boolean,
    private readonly parts: StackParts,
  ) {}

  /**
   * Stops the bench's own Neo4j, lets `work` change its data folder while it is stopped (an offline import), and
   * starts it again on the same port, so the server and the driver go on as before. `startMs` is the start alone.
   */
  async withNeo4jStopped<T>(work: (home: string) => Promise<T>): Promise<{ result: T; startMs: number }> {
    const { neo4j, neo4jOptions } = this.parts;
    if (!neo4j || !neo4jOptions) throw new Error("Only the bench's own Neo4j can be stopped for an offline import.");
    await neo4j.stop();
    const result = await work(neo4jOptions.home);
    const started = performance.now();
    this.parts.neo4j = await LocalNeo4j.start(neo4jOptions);
    // The pooled connections went with the old JVM: the driver opens new ones on first use. The bookmarks it keeps
    // for executeQuery name transactions of the replaced store, which the new one has never seen: forget them.
    const bookmarks = this.driver.executeQueryBookmarkManager;
    await bookmarks.updateBookmarks(await bookmarks.getBookmarks(), []);
    await this.driver.verifyConnectivity();
    return { result, startMs: performance.now() - started };
  }

  static async start(
    log: (line: string) => void,
    memory: { heap: string; pageCacheMb: number } = { heap: '1g', pageCacheMb: 256 },
  ): Promise<BenchStack> {
    const parts: StackParts & { driver?: Driver } = {};
    try {
      const external = Boolean(process.env.NEO4J_URI);
      const database = external ? userDatabase() : await ownDatabase(parts, log, memory);
      const base = loadConfig({ ...process.env, NEO4J_URI: database.uri, NEO4J_PASSWORD: database.password });
      const config = {
        ...base,
        port: 0,
        host: '127.0.0.1',
        logLevel: 'silent' as const,
        clientDir: undefined,
        // The benchmark is one client sending thousands of requests: lift the per-client limit, keep everything else.
        rateLimitPerMinute: 1_000_000,
      };
      parts.driver = createDriver(config.neo4j);
      log('Loading cypher/ …');
      await timeSeedLoad(parts.driver, config.neo4j.database, parts.neo4j, log);
      parts.server = await startServer(config, parts.driver, createLogger('silent'));
      const url = parts.server.url.replace(/\/$/, '');
      return new BenchStack(url, parts.driver, config.neo4j.database, external, parts);
    } catch (error) {
      await stopParts(parts);
      throw error;
    }
  }

  stop(): Promise<void> {
    this.stopping ??= this.runStop();
    return this.stopping;
  }

  private runStop(): Promise<void> {
    return stopParts({ ...this.parts, driver: this.driver });
  }
}

/**
 * The seed load into the bench's fresh Neo4j is what a first `npm start` does (a cold JVM, no plans cached); the
 * second load of the same files, right after, is the baseline: the same work with warm plans.
 */
async function timeSeedLoad(
  driver: Driver,
  database: string | undefined,
  neo4j: LocalNeo4j | undefined,
  log: (line: string) => void,
) {
  const timeLoad = async () => {
    const cpuBefore = neo4j?.cpuSeconds();
    const started = performance.now();
    const report = await loadCypher(driver, { database });
    const cpu = cpuBefore === undefined ? undefined : (neo4j?.cpuSeconds() ?? cpuBefore) - cpuBefore;
    return { seconds: (performance.now() - started) / 1000, cpu, files: report.loaded };
  };
  const first = await timeLoad();
  if (!neo4j) return; // The user's database: loaded once, as asked, and not timed as a first start.
  const again = await timeLoad();
  const cpu = (figure: { cpu?: number }) => (figure.cpu === undefined ? '' : `, Neo4j ${figure.cpu.toFixed(1)} CPU-s`);
  log(
    `Seed graph (${first.files} files): first load on a fresh Neo4j ${first.seconds.toFixed(1)} s${cpu(first)}; ` +
      `loaded again ${again.seconds.toFixed(1)} s${cpu(again)} (${(first.seconds / again.seconds).toFixed(1)}×).`,
  );
}

function userDatabase(): { uri: string; password: string } {
  return { uri: process.env.NEO4J_URI ?? '', password: process.env.NEO4J_PASSWORD || 'kg-explorer-local' };
}

interface StackParts {
  server?: RunningServer;
  neo4j?: LocalNeo4j;
  /** How the bench's own Neo4j was started, to start it again after an offline import. */
  neo4jOptions?: LocalNeo4jOptions;
  home?: string;
}

async function ownDatabase(
  parts: StackParts,
  log: (line: string) => void,
  memory: { heap: string; pageCacheMb: number },
): Promise<{ uri: string; password: string }> {
  parts.home = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-neo4j-'));
  const password = 'bench-password-local';
  parts.neo4jOptions = {
    home: parts.home,
    boltPort: await findFreePort(),
    password,
    heap: memory.heap,
    txTimeoutSeconds: 300,
    // The scale part's graph must fit, so it is timed from memory as a warm server is.
    pageCacheMb: memory.pageCacheMb,
    log,
  };
  parts.neo4j = await LocalNeo4j.start(parts.neo4jOptions);
  return { uri: parts.neo4j.uri, password };
}

async function stopParts(parts: StackParts & { driver?: Driver }) {
  await parts.server?.close();
  await parts.driver?.close();
  await parts.neo4j?.stop();
  if (parts.home) rmSync(parts.home, { recursive: true, force: true });
}
