// A third-party site for embed tests: a second HTTP server (its own port, so its own origin) serving pages the test
// writes, as a newsroom's CMS would serve a story with an embed in it.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostSite {
  url: string;
  setPage(path: string, html: string): void;
  close(): Promise<void>;
}

export async function startHostSite(): Promise<HostSite> {
  const pages = new Map<string, string>();
  const server = createServer((req, res) => {
    const html = pages.get(req.url ?? '/');
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    // "localhost" rather than 127.0.0.1: another host name as well as another port, as a real third-party site.
    url: `http://localhost:${port}`,
    setPage: (path, html) => pages.set(path, html),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
