import { expect, test } from '@playwright/test';
import { expertsByExperience } from '../../src/forms/builtin/experts-by-experience';
import { ur } from '../../src/i18n/ur';
import { createTestPartnership } from '../support/partnership';
import { expectNoAxeViolations } from './support/axe';
import { prepareDevice } from './support/device';

test('the outreach screens in Urdu: right to left, and axe finds nothing', async ({ page }) => {
  test.setTimeout(90_000);
  await prepareDevice(page, await createTestPartnership());
  await page.getByRole('button', { name: 'اردو' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
  await expectNoAxeViolations(page, 'outreach home (Urdu)');

  // An event sheet.
  await page.locator('#event-name').fill('Market stall');
  await page.locator('#event-name').press('Enter');
  await expect(page.getByRole('heading', { name: 'Market stall' })).toBeVisible();
  await expectNoAxeViolations(page, 'attendance sheet (Urdu)');
  await page.getByRole('button', { name: ur.sheetBack }).click();

  // A questionnaire in Urdu.
  await page.locator('select').first().selectOption('ur');
  await page
    .getByRole('button', { name: ur.questionnaireStart(expertsByExperience.title.ur!) })
    .click();
  await expect(page.getByRole('checkbox')).toBeVisible(); // the agreement that opens it
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectNoAxeViolations(page, 'questionnaire (Urdu)');
});
