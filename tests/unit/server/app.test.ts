import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../../server/app';
import { ApiError } from '../../../server/errors';
import { CONTENT_SECURITY_POLICY } from '../../../server/security-headers';
import { openSqliteStore } from '../../../server/store/sqlite-store';
import type { Store } from '../../../server/store/store';

let root: string;
let dist: string;
let app: ReturnType<typeof createApp>;
let store: Store;
const INDEX = '<!doctype html><html><head><title>Hearth</title></head><body></body></html>';
const BIG_JS = `export const x = ${JSON.stringify('a'.repeat(4000))};`;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'hearth-app-test-'));
  dist = path.join(root, 'dist');
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  mkdirSync(path.join(dist, 'icons'));
  writeFileSync(path.join(dist, 'index.html'), INDEX);
  writeFileSync(path.join(dist, 'assets', 'index-AbC123.js'), BIG_JS);
  writeFileSync(path.join(dist, 'assets', 'index-AbC123.css'), 'body{margin:0}');
  writeFileSync(path.join(dist, 'assets', 'font-x1.woff2'), new Uint8Array([1, 2, 3]));
  writeFileSync(path.join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(path.join(dist, 'manifest.webmanifest'), '{"name":"Hearth"}');
  writeFileSync(path.join(dist, 'icons', 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(dist, 'icons', 'icon-192.png'), new Uint8Array([0x89, 0x50]));
  writeFileSync(path.join(dist, '.env'), 'SECRET=dotfile');
  // Outside dist: must never be served.
  writeFileSync(path.join(root, 'secret.txt'), 'TOP SECRET');
  mkdirSync(path.join(root, 'dist-other'));
  writeFileSync(path.join(root, 'dist-other', 'x.js'), 'TOP SECRET');
  symlinkSync(path.join(root, 'secret.txt'), path.join(dist, 'link.txt'));

  store = openSqliteStore(mkdtempSync(path.join(root, 'data-')));
  app = createApp({ distDir: dist, version: '9.9.9-test', store });
  // A route that fails, to exercise onError through the real app.
  app.get('/api/v1/__boom', () => {
    throw new Error('database password is hunter2');
  });
  app.get('/api/v1/__teapot', () => {
    throw new ApiError(409, 'conflict', 'Already there.', { id: 'x' });
  });
});

afterAll(async () => {
  await store.close();
  rmSync(root, { recursive: true, force: true });
});

function expectSecurityHeaders(res: Response): void {
  expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  const permissions = res.headers.get('permissions-policy') ?? '';
  expect(permissions).toContain('camera=(self)');
  expect(permissions).toContain('geolocation=()');
  expect(permissions).toContain('microphone=()');
}

describe('API', () => {
  it('GET /api/v1/health answers ok and the version, uncached', async () => {
    const res = await app.request('/api/v1/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ ok: true, version: '9.9.9-test' });
    expect(res.headers.get('cache-control')).toBe('no-store');
    expectSecurityHeaders(res);
  });

  it.each(['/api/unknown', '/api/v1/nope', '/api/v2/health', '/api', '/api/'])(
    '%s is a JSON not_found error',
    async (url) => {
      const res = await app.request(url);
      expect(res.status).toBe(404);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('not_found');
      expect(typeof body.error.message).toBe('string');
      expect(Object.keys(body)).toEqual(['error']);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expectSecurityHeaders(res);
    },
  );

  it('answers other methods on unknown API paths with the JSON error too', async () => {
    const res = await app.request('/api/v1/health', { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('turns an unexpected exception into a bare 500 without leaking it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await app.request('/api/v1/__boom');
    expect(log).toHaveBeenCalledTimes(1);
    // Logged: where it failed; not logged: the message, which may quote request data.
    expect(String(log.mock.calls[0]?.[0])).toContain('GET /api/v1/__boom');
    expect(String(log.mock.calls[0]?.[0])).not.toContain('hunter2');
    log.mockRestore();
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: 'internal', message: expect.any(String) as string },
    });
    expect(text).not.toMatch(/hunter2|at |\.ts/);
    expectSecurityHeaders(res);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('turns an ApiError into its status, code and details', async () => {
    const res = await app.request('/api/v1/__teapot');
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({
      error: { code: 'conflict', message: 'Already there.', details: { id: 'x' } },
    });
  });
});

describe('static files', () => {
  it.each([
    ['/assets/index-AbC123.js', 'text/javascript'],
    ['/assets/index-AbC123.css', 'text/css'],
    ['/assets/font-x1.woff2', 'font/woff2'],
    ['/icons/icon.svg', 'image/svg+xml'],
    ['/icons/icon-192.png', 'image/png'],
    ['/manifest.webmanifest', 'application/manifest+json'],
    ['/sw.js', 'text/javascript'],
    ['/index.html', 'text/html'],
  ])('%s is served as %s', async (url, type) => {
    const res = await app.request(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(new RegExp(`^${type.replace('+', '\\+')}`));
    expectSecurityHeaders(res);
  });

  it('caches hashed assets forever and revalidates the rest', async () => {
    const asset = await app.request('/assets/index-AbC123.js');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/index.html', '/sw.js', '/manifest.webmanifest', '/kiosk']) {
      const res = await app.request(url);
      expect(res.headers.get('cache-control'), url).toBe('no-cache');
    }
  });

  it.each(['/', '/kiosk', '/today', '/outreach', '/coordinator/devices', '/kiosk?form=x'])(
    'SPA fallback: %s answers index.html',
    async (url) => {
      const res = await app.request(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await res.text()).toBe(INDEX);
      expectSecurityHeaders(res);
    },
  );

  it.each(['/missing.js', '/assets/gone-123.js', '/assets/gone', '/favicon.ico', '/a/b.png'])(
    'a missing file %s is a plain 404, never index.html or immutable',
    async (url) => {
      const res = await app.request(url);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(res.headers.get('cache-control')).not.toMatch(/immutable/);
      expect(await res.text()).not.toContain('<html');
      expectSecurityHeaders(res);
    },
  );

  it('supports HEAD with headers and no body', async () => {
    const res = await app.request('/assets/index-AbC123.css', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe(String('body{margin:0}'.length));
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe('');
    const spa = await app.request('/kiosk', { method: 'HEAD' });
    expect(spa.status).toBe(200);
    expect(spa.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await app.request('/sw.js');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await app.request('/sw.js', { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expectSecurityHeaders(again);
  });

  it('gzips large text files when asked, with a distinct ETag', async () => {
    const plain = await app.request('/assets/index-AbC123.js');
    const zipped = await app.request('/assets/index-AbC123.js', {
      headers: { 'Accept-Encoding': 'gzip, deflate' },
    });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toBe('Accept-Encoding');
    expect(zipped.headers.get('etag')).not.toBe(plain.headers.get('etag'));
    const bytes = new Uint8Array(await zipped.arrayBuffer());
    expect(gunzipSync(bytes).toString('utf8')).toBe(BIG_JS);
    const refused = await app.request('/assets/index-AbC123.js', {
      headers: { 'Accept-Encoding': 'gzip;q=0' },
    });
    expect(refused.headers.get('content-encoding')).toBeNull();
  });

  it('other methods on app paths are a plain 404', async () => {
    const res = await app.request('/kiosk', { method: 'POST', body: 'x' });
    expect(res.status).toBe(404);
    expectSecurityHeaders(res);
  });

  it('answers 503 for app routes while nothing is built, and the API still works', async () => {
    const bare = createApp({ distDir: path.join(root, 'no-such-dist'), version: '1', store });
    expect((await bare.request('/kiosk')).status).toBe(503);
    expect((await bare.request('/assets/x.js')).status).toBe(404);
    expect((await bare.request('/api/v1/health')).status).toBe(200);
  });
});

describe('directory traversal', () => {
  const attempts = [
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/%2e%2e%5csecret.txt',
    '/../dist-other/x.js',
    '/%2e%2e/dist-other/x.js',
    '/..%2fdist-other%2fx.js',
    '/link.txt',
    '/.env',
    '/%2eenv',
    '/secret.txt%00.js',
    '/%E0%A4%A',
  ];

  it.each(attempts)('app.request(%s) never serves a file outside dist', async (url) => {
    const res = await app.request(url);
    const text = await res.text();
    expect(text).not.toContain('TOP SECRET');
    expect(text).not.toContain('dotfile');
    expect([200, 404]).toContain(res.status);
    if (res.status === 200) expect(text).toBe(INDEX);
  });

  it('holds over raw HTTP, where the request target is not normalised', async () => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      for (const target of [...attempts, '/assets/../../secret.txt', '//../secret.txt']) {
        const raw = await rawGet(port, target);
        expect(raw, target).not.toContain('TOP SECRET');
        expect(raw, target).not.toContain('dotfile');
      }
      expect(await rawGet(port, '/api/v1/health')).toContain('"ok":true');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

function rawGet(port: number, target: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    });
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
}
