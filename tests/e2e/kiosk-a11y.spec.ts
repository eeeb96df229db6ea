import { expect, test } from '@playwright/test';
import { createTestPartnership } from '../support/partnership';
import { expectNoAxeViolations } from './support/axe';
import { prepareDevice, startKiosk } from './support/device';

test('axe finds no violations on any kiosk screen', async ({ page }) => {
  test.setTimeout(120_000); // axe runs on some twenty screens, each a few seconds on 2 cores
  await page.goto('/outreach');
  await expectNoAxeViolations(page, 'outreach (not set up)');
  await prepareDevice(page, await createTestPartnership());
  await expectNoAxeViolations(page, 'outreach (ready)');
  await startKiosk(page);
  await expectNoAxeViolations(page, 'kiosk start');

  await page.getByRole('button', { name: 'Staff' }).click();
  await expect(page.getByLabel('Enter the staff PIN')).toBeVisible();
  await expectNoAxeViolations(page, 'staff PIN dialog');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Larger text' }).click();
  await expectNoAxeViolations(page, 'kiosk start, larger text');
  await page.getByRole('button', { name: 'Larger text' }).click();

  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await expectNoAxeViolations(page, 'intro');
  await page.getByRole('button', { name: 'Continue' }).click();

  // Every question screen, including the optional "about you" section.
  for (let screen = 1; screen < 30; screen++) {
    const yes = page.getByRole('radio', { name: 'Yes', exact: true });
    if (await page.getByText('Would you like to answer a few questions about you?').count()) {
      await yes.check();
    }
    await expectNoAxeViolations(page, `question screen ${screen}`);
    const send = page.getByRole('button', { name: 'Send my answers' });
    if (await send.count()) {
      // Over-long free text shows the error summary; check that too.
      break;
    }
    if (await page.getByLabel('What is one thing we could do better?').count()) {
      await page.getByLabel('What is one thing we could do better?').fill('x'.repeat(1001));
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
      await expectNoAxeViolations(page, 'error summary');
      await page.getByLabel('What is one thing we could do better?').fill('Shorter answer');
    }
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  await expectNoAxeViolations(page, 'thank you');

  await page.getByRole('button', { name: 'Exit this page' }).click();
  await expect(page).toHaveURL(/\/today$/);
  await expectNoAxeViolations(page, 'cover screen');
});

test('axe finds no violations on the idle prompt', async ({ page }) => {
  await prepareDevice(page, await createTestPartnership());
  await startKiosk(page);
  await page.clock.install();
  await page.reload();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  // The idle timer is armed in an effect after the started screen paints; on a busy machine
  // that can come after a jump of the clock made at once, and then waits 90 s more. Jump
  // again until the prompt shows (a jump once it shows would run down its countdown).
  await expect(async () => {
    await page.clock.fastForward(91_000);
    await expect(page.getByRole('alertdialog')).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expectNoAxeViolations(page, 'idle prompt');
});
