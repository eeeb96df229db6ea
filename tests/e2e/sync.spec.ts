import { testPort } from './support/ports';
import { expect, test, type Page } from '@playwright/test';
import { openRecords } from '../../src/crypto';
import { setUpPartnership, type CoordinatorClient } from '../support/coordinator-api';
import { createTestPartnership, type TestPartnership } from '../support/partnership';
import { expectNoAxeViolations } from './support/axe';
import {
  completeKiosk,
  enrolThroughScreen,
  everythingStored,
  openOutreachWithPin,
  readOutbox,
} from './support/device';
import { sealMany, seedOutbox } from './support/outbox-seed';
import { allServerRecords, dataFolderBytes } from './support/server-records';
import { startServer, type RunningServer } from './support/server';

// Its own server (a fresh partnership) on its own port: the origin the tablet knows.
const PORT = testPort(11);
test.use({ baseURL: `http://localhost:${PORT}` });

let server: RunningServer;
let partnership: TestPartnership;
let coord: CoordinatorClient;

test.beforeEach(async () => {
  server = await startServer({ port: PORT });
  partnership = await createTestPartnership();
  coord = await setUpPartnership(server.url, partnership);
});
test.afterEach(async () => {
  await server.stop();
});

/** Enrol with a code typed as a person might (lower case, a space for the dash). */
async function enrolTablet(page: Page, code: string): Promise<void> {
  await openOutreachWithPin(page);
  await expectNoAxeViolations(page, 'outreach: enrol form');
  await enrolThroughScreen(page, code.toLowerCase().replace('-', ' '), 'Blue tablet');
  await expect(
    page.getByRole('status').filter({ hasText: 'Enrolled with Riverside Partnership' }),
  ).toBeVisible();
  await expect(page.getByText('Version 1')).toBeVisible();
  await expectNoAxeViolations(page, 'outreach: enrolled, sync panel');
}

test('enrol on the screen, answer offline, and everything arrives once the network is back', async ({
  page,
  context,
}) => {
  const { code } = await coord.createEnrolmentCode();
  await enrolTablet(page, code);
  expect((await coord.devices()).map((d) => d.name)).toEqual(['Blue tablet']);

  await page.getByRole('button', { name: 'Start kiosk' }).click();
  await expect(page).toHaveURL(/\/kiosk$/); // the switch to kiosk mode is a navigation
  await context.setOffline(true);
  await page.reload();
  const marker = `SYNCMARK-${Date.now()}`;
  await completeKiosk(page, `${marker} a`);
  await page.getByRole('button', { name: 'Finish' }).click();
  await completeKiosk(page, `${marker} b`);
  await page.getByRole('button', { name: 'Finish' }).click();
  await completeKiosk(page, `${marker} c`);
  const queued = (await readOutbox(page)).map((r) => r.id).sort();
  expect(queued).toHaveLength(3);
  expect(await allServerRecords(coord)).toHaveLength(0);

  await context.setOffline(false);
  await expect.poll(async () => (await readOutbox(page)).length, { timeout: 15_000 }).toBe(0);
  const stored = await allServerRecords(coord);
  expect(stored.map((r) => r.id).sort()).toEqual(queued);
  const opened = await openRecords(partnership.encryption, stored);
  expect(opened.map((o) => (o.ok ? JSON.stringify(o.plaintext).includes(marker) : false))).toEqual([
    true,
    true,
    true,
  ]);

  // No plaintext at rest: not in the server's files, not on the device.
  expect(dataFolderBytes(server.dataDir).includes(marker)).toBe(false);
  expect(await everythingStored(page)).not.toContain(marker);
});

test('an enrolment link fills in the code, leaves no trace in the URL, and a mismatched key is refused', async ({
  page,
}) => {
  const first = await coord.createEnrolmentCode();
  // A link whose fingerprint is not the partnership's: as if the server had swapped its key.
  const forged = first.enrolUrl.replace(/fp=[^&]+/, `fp=${'A'.repeat(43)}`);
  await page.goto(forged.replace(server.url, ''));
  await expect(page.getByLabel('Enrolment code')).toHaveValue(first.code);
  expect(page.url()).not.toContain('enrol=');
  await page.getByRole('button', { name: 'Enrol' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'does not match the QR code' }),
  ).toBeVisible();
  await expect(page.getByText('Not set up yet')).toBeVisible();

  // The genuine link works.
  const second = await coord.createEnrolmentCode();
  await page.goto(second.enrolUrl.replace(server.url, ''));
  await page.getByRole('button', { name: 'Enrol' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Enrolled with Riverside Partnership' }),
  ).toBeVisible();
});

test('Background Sync in the service worker sends what is queued, with no app page syncing', async ({
  page,
  context,
}) => {
  const { code } = await coord.createEnrolmentCode();
  await enrolTablet(page, code);
  // The cover screen runs no sync of its own: whatever is sent now is the service worker's.
  await page.goto('/today');
  await seedOutbox(page, await sealMany(partnership.encryption.publicKeyRaw, 40, 'bg'));

  const cdp = await context.newCDPSession(page);
  const registrationId = new Promise<string>((resolve) =>
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const reg = registrations.find((r) => r.scopeURL.startsWith(server.url) && !r.isDeleted);
      if (reg) resolve(reg.registrationId);
    }),
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.dispatchSyncEvent', {
    origin: server.url,
    registrationId: await registrationId,
    tag: 'hearth-sync',
    lastChance: false,
  });
  await expect
    .poll(async () => (await allServerRecords(coord)).length, { timeout: 15_000 })
    .toBe(40);
  expect(await readOutbox(page)).toHaveLength(0);
});
