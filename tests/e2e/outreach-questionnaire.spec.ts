import { expect, test } from '@playwright/test';
import { openRecords } from '../../src/crypto';
import { createTestPartnership } from '../support/partnership';
import { expectNoAxeViolations } from './support/axe';
import { everythingStored, prepareDevice, readOutbox } from './support/device';

const TITLE = 'Experts by Experience: what do you think?';

test('an Experts by Experience questionnaire, offline: pause, reload, resume, send', async ({
  page,
  context,
}) => {
  const partnership = await createTestPartnership();
  await prepareDevice(page, partnership);
  await context.setOffline(true);
  await page.reload();

  await page.getByRole('button', { name: `Start “${TITLE}”` }).click();
  await expectNoAxeViolations(page, 'assisted questionnaire, first screen');
  // The agreement is required: the error summary says so.
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  await expectNoAxeViolations(page, 'assisted questionnaire, error summary');
  await page.getByRole('checkbox', { name: 'I agree' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('radio', { name: 'A leaflet or poster' }).check();
  const marker = `EBE-${Date.now()}`;
  await page.getByLabel('What is it called?').fill(`Leaflet ${marker}`);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByText(`“${TITLE}” paused`)).toBeVisible();

  // Paused answers are on the device only encrypted.
  await page.reload();
  expect(await everythingStored(page)).not.toContain(marker);
  await page.getByRole('button', { name: `Resume “${TITLE}”` }).click();
  await expect(page.getByRole('checkbox', { name: 'I agree' })).toBeChecked();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByLabel('What is it called?')).toHaveValue(`Leaflet ${marker}`);

  for (let i = 0; i < 30; i++) {
    const send = page.getByRole('button', { name: 'Send my answers' });
    if (await send.count()) {
      await send.click();
      break;
    }
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(page.getByText(`“${TITLE}” sent to the outbox`)).toBeVisible();
  await expect(page.getByRole('button', { name: `Resume “${TITLE}”` })).toHaveCount(0);

  const rows = await readOutbox(page);
  expect(rows).toHaveLength(1);
  expect(await everythingStored(page)).not.toContain(marker);
  const [opened] = await openRecords(partnership.encryption, [rows[0]!.record]);
  expect(opened).toMatchObject({
    ok: true,
    plaintext: {
      kind: 'response',
      formId: 'experts-by-experience',
      mode: 'assisted',
      answers: {
        agree_start: true,
        looking_at: 'leaflet_poster',
        looking_at_name: `Leaflet ${marker}`,
      },
    },
  });
});
