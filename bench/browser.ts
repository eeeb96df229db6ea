// Browser and static-file plumbing for the bench parts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium';

export interface BenchContext {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * A persistent context on a fresh profile directory, not browser.newContext(): Chromium
 * keeps an incognito-style context's IndexedDB and Cache Storage in memory, which would
 * flatter both the commit times and the offline start. On disk is what a tablet has.
 */
export async function openContext(baseURL?: string): Promise<BenchContext> {
  const profile = mkdtempSync(path.join(tmpdir(), 'hearth-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    serviceWorkers: 'allow',
    ...(baseURL === undefined ? {} : { baseURL }),
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** "156.0.8078.79" (the user agent string is reduced to 156.0.0.0; CDP has the full one). */
export async function chromiumVersion(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const { product } = await cdp.send('Browser.getVersion');
  await cdp.detach();
  await page.close();
  return product.replace(/^\D*/, '');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface StaticServer {
  /** http://localhost:<port>: localhost, so the page is a secure context (WebCrypto). */
  url: string;
  close(): Promise<void>;
}

/** Serves a built directory read-only on a free localhost port. Enough for the harness. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(root, path.normalize(pathname === '/' ? '/harness.html' : pathname));
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
