import { appendFileSync, cpSync } from 'node:fs';
import path from 'node:path';
import { testPort } from './support/ports';
import { expect, test } from '@playwright/test';
import { createTestPartnership } from '../support/partnership';
import { prepareDevice, startKiosk } from './support/device';
import { freshDataDir, REPO_ROOT, startServer, type RunningServer } from './support/server';

// Its own server on a copy of the build, so the test can "deploy" a new version.
const PORT = testPort(10);
test.use({ baseURL: `http://localhost:${PORT}` });

let server: RunningServer;
let dist: string;

test.beforeAll(async () => {
  dist = freshDataDir('dist-copy');
  cpSync(path.join(REPO_ROOT, 'dist'), dist, { recursive: true });
  server = await startServer({ port: PORT, distDir: dist });
});
test.afterAll(async () => {
  await server.stop();
});

const waitingWorker = () =>
  navigator.serviceWorker.getRegistration().then((reg) => reg?.waiting?.state ?? null);

test('a new version waits while someone is answering and is applied back at the start', async ({
  page,
}) => {
  await prepareDevice(page, await createTestPartnership());
  await startKiosk(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('radio', { name: 'Agree', exact: true }).first().check();

  // A new version is deployed and found in the middle of someone's answers…
  appendFileSync(path.join(dist, 'sw.js'), '\n// next version\n');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  await expect.poll(() => page.evaluate(waitingWorker)).toBe('installed');
  // …and waits: same screen, same answer.
  await page.waitForTimeout(500);
  await expect(page.getByRole('radio', { name: 'Agree', exact: true }).first()).toBeChecked();
  expect(await page.evaluate(waitingWorker)).toBe('installed');

  // The respondent finishes; back at the start screen, the update takes over.
  for (;;) {
    const send = page.getByRole('button', { name: 'Send my answers' });
    if (await send.count()) break;
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await page.getByRole('button', { name: 'Finish' }).click();
  // The page reloads into the new version; a poll that lands mid-reload just tries again.
  await expect
    .poll(() => page.evaluate(waitingWorker).catch(() => 'reloading'), { timeout: 15_000 })
    .toBeNull();
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
});
