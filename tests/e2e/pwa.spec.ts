import { expect, test } from '@playwright/test';
import { waitForServiceWorker } from './support/device';

test('the app is installable: manifest and icons are served', async ({ request }) => {
  const res = await request.get('/manifest.webmanifest');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/manifest+json');
  const manifest = (await res.json()) as {
    name: string;
    display: string;
    start_url: string;
    icons: { src: string; sizes: string }[];
  };
  expect(manifest).toMatchObject({ name: 'Hearth', display: 'standalone', start_url: '/outreach' });
  expect(manifest.icons.map((i) => i.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
  for (const icon of manifest.icons) {
    const img = await request.get(icon.src);
    expect(img.status(), icon.src).toBe(200);
    expect(img.headers()['content-type']).toBe('image/png');
  }
});

test('the service worker precaches the app and never caches the API', async ({ page, context }) => {
  await page.goto('/outreach');
  await waitForServiceWorker(page);
  expect(await page.evaluate(async () => (await fetch('/api/v1/health')).status)).toBe(200);

  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys())
        urls.push(new URL(req.url).pathname);
    }
    return urls;
  });
  expect(cached).toContain('/index.html');
  expect(cached.some((u) => u.startsWith('/assets/') && u.endsWith('.js'))).toBe(true);
  expect(cached.filter((u) => u.startsWith('/api/'))).toEqual([]);

  // Offline, every screen still opens from the cache; the API does not answer from one.
  await context.setOffline(true);
  for (const path of ['/outreach', '/kiosk', '/today']) {
    const res = await page.goto(path);
    expect(res?.fromServiceWorker(), path).toBe(true);
  }
  expect(
    await page.evaluate(() =>
      fetch('/api/v1/health').then(
        () => 'answered',
        () => 'network error',
      ),
    ),
  ).toBe('network error');
});

test('a page that loaded without the service worker asks it to take control', async ({
  page,
  context,
}) => {
  await page.goto('/outreach');
  await waitForServiceWorker(page);
  // A load the worker did not answer, as when it activated while the page was still loading.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setBypassServiceWorker', { bypass: true });
  await page.reload();
  await cdp.send('Network.setBypassServiceWorker', { bypass: false });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      timeout: 5_000,
    })
    .toBe(true);
});
