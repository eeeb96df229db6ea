import { expect, test } from '@playwright/test';
import { SealedRecord } from '../../protocol/sealed-record';
import { openRecords } from '../../src/crypto';
import { createTestPartnership } from '../support/partnership';
import {
  completeKiosk,
  everythingStored,
  prepareDevice,
  readOutbox,
  startKiosk,
} from './support/device';

test('the kiosk works offline and seals every response at submit', async ({ page, context }) => {
  const partnership = await createTestPartnership();
  await prepareDevice(page, partnership);
  await startKiosk(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();

  const marker = `MARKER-${Date.now()}-zq7`;
  await completeKiosk(page);
  await page.getByRole('button', { name: 'Finish' }).click();
  await completeKiosk(page, `Please improve the waiting room ${marker}`);
  await page.getByRole('button', { name: 'Finish' }).click();
  await completeKiosk(page);

  const rows = await readOutbox(page);
  expect(rows).toHaveLength(3);
  for (const row of rows) expect(SealedRecord.safeParse(row.record).success).toBe(true);

  // The plaintext is nowhere on the device: not in any store, cache, storage or the URL.
  expect(await everythingStored(page)).not.toContain(marker);
  expect(page.url()).not.toContain(marker);

  // …yet the partnership's private key opens all three, and one holds the marker.
  const opened = await openRecords(
    partnership.encryption,
    rows.map((r) => r.record),
  );
  expect(opened.every((o) => o.ok)).toBe(true);
  const texts = opened.map((o) => (o.ok ? JSON.stringify(o.plaintext) : ''));
  expect(texts.filter((t) => t.includes(marker))).toHaveLength(1);
  const first = opened[0]!;
  expect(first.ok && first.plaintext).toMatchObject({
    v: 1,
    kind: 'response',
    formId: 'survivor-feedback',
    mode: 'kiosk',
    locale: 'en',
    answers: { listened: 4 },
  });
  // A day only: never a time of day.
  expect(first.ok && (first.plaintext as { day: string }).day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});
