// A real server (on the tests' Neo4j) and a real Chromium for the tests of one describe block: started before its
// first test, stopped after its last, even when a test fails.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Config } from '../../server/src/config/config.schema';
import { launchBrowser } from '../setup/browser';
import { startTestServer, type TestServer } from '../setup/test-server';

export interface ExplorerSession {
  readonly server: TestServer;
  readonly browser: Browser;
}

/** Call inside `describe`; read `session.server` and `session.browser` in the tests. */
export function useExplorerSession(serverOverrides: Partial<Config> = {}): ExplorerSession {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startTestServer(serverOverrides);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('The test server is not running: use the session inside a test.');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('The browser is not running: use the session inside a test.');
      return browser;
    },
  };
}
