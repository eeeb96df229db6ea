// The server and the harness itself; no dependency on the app's UI.
import { statSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../server/security-headers';
import { startServer } from './support/server';

test('GET /api/v1/health answers JSON with the security headers', async ({ request }) => {
  const res = await request.get('/api/v1/health');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/^application\/json/);
  const body = (await res.json()) as { ok: boolean; version: string };
  expect(body.ok).toBe(true);
  expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  const headers = res.headers();
  expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(headers['cache-control']).toBe('no-store');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
});

test('unknown API paths answer the JSON error shape', async ({ request }) => {
  const res = await request.get('/api/v1/does-not-exist');
  expect(res.status()).toBe(404);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toBe('not_found');
  expect(typeof body.error.message).toBe('string');
});

test('app routes carry the CSP whether or not the app is built', async ({ request }) => {
  const res = await request.get('/kiosk');
  expect([200, 503]).toContain(res.status());
  expect(res.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  if (res.status() === 200) expect(res.headers()['content-type']).toMatch(/^text\/html/);
});

test('Chromium sees a secure context and accepts the headers', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (/Permissions-Policy|Content-Security-Policy|Content Security Policy/i.test(msg.text())) {
      problems.push(`${msg.type()}: ${msg.text()}`);
    }
  });
  const res = await page.goto('/api/v1/health');
  expect(res?.status()).toBe(200);
  expect(await res?.headerValue('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  // localhost is a secure context: WebCrypto and service workers are available.
  expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
  expect(await page.evaluate(() => typeof crypto.subtle?.digest)).toBe('function');
  expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(true);
  expect(problems).toEqual([]);
});

test('support/server.ts starts, kills and restarts extra servers', async ({ request }) => {
  const first = await startServer({ port: 0 });
  try {
    expect(first.url).toMatch(/^http:\/\/localhost:\d+$/);
    expect(statSync(first.dataDir).mode & 0o777).toBe(0o700);
    const health = await request.get(`${first.url}/api/v1/health`);
    expect(((await health.json()) as { ok: boolean }).ok).toBe(true);
    await first.kill();
    await expect(request.get(`${first.url}/api/v1/health`)).rejects.toThrow();

    // Same port and data dir: what a "server restarted after a crash" spec does.
    const second = await startServer({ port: first.port, dataDir: first.dataDir });
    try {
      expect((await request.get(`${second.url}/api/v1/health`)).status()).toBe(200);
    } finally {
      expect(await second.stop()).toBe(0);
    }
    expect(second.output()).toContain('Hearth listening on');
  } finally {
    await first.kill();
  }
});
