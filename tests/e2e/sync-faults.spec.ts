import { testPort } from './support/ports';
import { expect, test, type Page } from '@playwright/test';
import type { SealedRecord } from '../../protocol/sealed-record';
import { setUpPartnership, type CoordinatorClient } from '../support/coordinator-api';
import { createTestPartnership, type TestPartnership } from '../support/partnership';
import { expectNoAxeViolations } from './support/axe';
import {
  enrolThroughScreen,
  everythingStored,
  openOutreachWithPin,
  readOutbox,
} from './support/device';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy';
import { deviceToken, sealMany, seedOutbox } from './support/outbox-seed';
import { freshDataDir, startServer, type RunningServer } from './support/server';
import { allServerRecords, dataFolderBytes } from './support/server-records';

// The browser talks to a fault-injecting proxy (its origin); the real server sits behind it
// and can be killed and restarted on the same data folder.
const ORIGIN_PORT = testPort(12);
const SERVER_PORT = testPort(13);
test.use({ baseURL: `http://localhost:${ORIGIN_PORT}` });
test.setTimeout(120_000);

let server: RunningServer;
let proxy: FaultProxy;
let partnership: TestPartnership;
let coord: CoordinatorClient;
const dataDir = freshDataDir('faults');

test.beforeAll(async () => {
  server = await startServer({ port: SERVER_PORT, dataDir });
  proxy = await startFaultProxy(ORIGIN_PORT, () => SERVER_PORT);
  partnership = await createTestPartnership();
  coord = await setUpPartnership(proxy.url, partnership);
});
test.afterAll(async () => {
  await proxy.close();
  await server.stop();
});

async function enrol(page: Page, name: string): Promise<void> {
  const { code } = await coord.createEnrolmentCode();
  await openOutreachWithPin(page);
  await enrolThroughScreen(page, code, name);
}

const waiting = async (page: Page) => (await readOutbox(page)).length;
const sendNow = (page: Page) => page.getByRole('button', { name: 'Send now' }).click();

test('nothing lost, nothing duplicated: 500s, a killed server, network cuts, a replay and a reload', async ({
  page,
  context,
}) => {
  await enrol(page, 'Faulty network tablet');
  const marker = `FAULTMARK-${Date.now()}`;
  const sent: SealedRecord[] = [];
  const queue = async (n: number) => {
    const records = await sealMany(partnership.encryption.publicKeyRaw, n, marker);
    sent.push(...records);
    await seedOutbox(page, records);
  };

  // 1. The server answers 500 for a while: nothing leaves the outbox, the problem is shown.
  await queue(1200);
  proxy.mode = 'error500';
  await sendNow(page);
  await expect(page.getByText('Last problem')).toBeVisible();
  expect(await waiting(page)).toBe(1200);
  expect(await allServerRecords(coord)).toHaveLength(0);

  // 2. The server is killed (SIGKILL) while a batch is in flight, then restarted.
  proxy.mode = 'pass';
  let killed: Promise<void> | undefined;
  proxy.onBatchForwarded = () => {
    proxy.onBatchForwarded = undefined;
    killed = new Promise((resolve) => setTimeout(resolve, 5)).then(() => server.kill());
  };
  await sendNow(page);
  await expect.poll(() => killed !== undefined).toBe(true);
  await killed;
  server = await startServer({ port: SERVER_PORT, dataDir });
  await sendNow(page);
  await expect.poll(() => waiting(page), { timeout: 30_000 }).toBe(0);

  // 3. The network is cut and restored repeatedly in the middle of sending.
  await queue(1500);
  await sendNow(page);
  for (let i = 0; i < 6; i++) {
    await context.setOffline(true);
    await page.waitForTimeout(150);
    await context.setOffline(false);
    await page.waitForTimeout(150);
  }
  proxy.mode = 'cut';
  await page.waitForTimeout(300);
  proxy.mode = 'pass';
  await sendNow(page);
  await expect.poll(() => waiting(page), { timeout: 30_000 }).toBe(0);

  // 4. A batch is replayed as it was sent: every record is a duplicate, nothing is added.
  const before = (await allServerRecords(coord)).length;
  const token = await deviceToken(page);
  const replay = await fetch(`${server.url}/api/v1/batches`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: proxy.batchBodies.at(-1)!.toString('utf8'),
  });
  expect(replay.status).toBe(200);
  const { results } = (await replay.json()) as { results: { status: string }[] };
  expect(new Set(results.map((r) => r.status))).toEqual(new Set(['duplicate']));
  expect((await allServerRecords(coord)).length).toBe(before);

  // 5. The page is reloaded while a sync is under way; sending resumes on its own.
  await queue(1500);
  const firstBatch = new Promise<void>((resolve) => (proxy.onBatchForwarded = () => resolve()));
  await sendNow(page);
  await firstBatch;
  await page.reload();
  await expect.poll(() => waiting(page), { timeout: 30_000 }).toBe(0);

  // Exactly the queued set is stored: nothing lost, nothing twice.
  const stored = await allServerRecords(coord);
  expect(stored).toHaveLength(sent.length);
  expect(new Set(stored.map((r) => r.id))).toEqual(new Set(sent.map((r) => r.id)));
  for (const record of stored) {
    const { seq, receivedDay, ...sealed } = record;
    expect(sealed).toEqual(sent.find((s) => s.id === record.id));
  }
  // No plaintext at rest anywhere.
  expect(dataFolderBytes(dataDir).includes(marker)).toBe(false);
  expect(await everythingStored(page)).not.toContain(marker);
});

test('a revoked device says so plainly and keeps its records', async ({ page }) => {
  await enrol(page, 'Lost tablet');
  await seedOutbox(page, await sealMany(partnership.encryption.publicKeyRaw, 5, 'revoked'));
  const device = (await coord.devices()).find((d) => d.name === 'Lost tablet')!;
  await coord.revokeDevice(device.id);
  await sendNow(page);
  await expect(
    page.getByRole('alert').filter({ hasText: 'switched off by your coordinator' }),
  ).toBeVisible();
  expect(await waiting(page)).toBe(5);
  await page.reload();
  await expect(
    page.getByRole('alert').filter({ hasText: 'switched off by your coordinator' }),
  ).toBeVisible();
  expect(await waiting(page)).toBe(5);
  await expectNoAxeViolations(page, 'outreach: revoked');

  // The coordinator decides to let it back in: a new code, and the kept records go out.
  const before = (await allServerRecords(coord)).length;
  const { code } = await coord.createEnrolmentCode();
  await page.getByLabel('Enrolment code').fill(code);
  await page.getByRole('button', { name: 'Enrol' }).click();
  await expect.poll(() => waiting(page), { timeout: 15_000 }).toBe(0);
  expect((await allServerRecords(coord)).length).toBe(before + 5);
});
