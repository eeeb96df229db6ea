import { expect, test, type Page } from '@playwright/test';
import { createTestPartnership } from '../support/partnership';
import { completeKiosk, prepareDevice, readOutbox, STAFF_PIN, startKiosk } from './support/device';

const FIRST_QUESTION = 'I felt listened to and believed.';

async function intoFirstQuestion(page: Page) {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('radio', { name: 'Agree', exact: true }).first().check();
  await expect(page.getByText(FIRST_QUESTION)).toBeVisible();
}

async function enterPin(page: Page, pin: string) {
  await page.getByLabel('Enter the staff PIN').fill(pin);
  await page.getByRole('button', { name: 'OK' }).click();
}

test.beforeEach(async ({ page }) => {
  await prepareDevice(page, await createTestPartnership());
  await startKiosk(page);
});

test('the exit button blanks the form, lands on the cover screen, and Back does not return', async ({
  page,
}) => {
  await intoFirstQuestion(page);
  await page.getByRole('button', { name: 'Exit this page' }).click();
  await expect(page).toHaveURL(/\/today$/);
  await expect(page.getByText(FIRST_QUESTION)).toHaveCount(0);
  // The kiosk's history entry was replaced: Back leaves the app rather than reaching the form.
  await page.goBack().catch(() => undefined);
  expect(page.url()).not.toContain('/kiosk');
  await expect(page.getByText(FIRST_QUESTION)).toHaveCount(0);
  await page.goForward();
  await expect(page).toHaveURL(/\/today$/);
  // A typed URL cannot reach the kiosk or staff screens either.
  await page.goto('/kiosk');
  await expect(page).toHaveURL(/\/today$/);
  await page.goto('/outreach');
  await expect(page).toHaveURL(/\/today$/);
  expect(await readOutbox(page)).toHaveLength(0);
});

test('Shift pressed three times exits; another key in between starts the count again', async ({
  page,
}) => {
  await intoFirstQuestion(page);
  await page.keyboard.press('Shift');
  await expect(
    page.getByRole('status').filter({ hasText: 'Press Shift 2 more times' }),
  ).toBeAttached();
  await page.keyboard.press('Shift');
  await page.keyboard.press('a');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(/\/kiosk$/);
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(/\/today$/);
  await expect(page.getByText(FIRST_QUESTION)).toHaveCount(0);
});

test('only the staff PIN leaves the cover screen', async ({ page }) => {
  await page.getByRole('button', { name: 'Exit this page' }).click();
  await expect(page).toHaveURL(/\/today$/);
  await page.reload();
  await expect(page).toHaveURL(/\/today$/);
  await page.getByRole('button', { name: 'Staff' }).click();
  await enterPin(page, '000000');
  await expect(page.getByText('That PIN is not right')).toBeVisible();
  await expect(page).toHaveURL(/\/today$/);
  await enterPin(page, STAFF_PIN);
  await expect(page).toHaveURL(/\/outreach$/);
  await expect(page.getByRole('heading', { name: 'This tablet', exact: true })).toBeVisible();
});

test('the staff PIN gates leaving kiosk mode', async ({ page }) => {
  await page.goto('/outreach');
  await expect(page).toHaveURL(/\/kiosk$/);
  await page.getByRole('button', { name: 'Staff' }).click();
  await enterPin(page, '111111');
  await expect(page.getByText('That PIN is not right')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(/\/kiosk$/);
  await page.getByRole('button', { name: 'Staff' }).click();
  await enterPin(page, STAFF_PIN);
  await expect(page).toHaveURL(/\/outreach$/);
});

test('idle: asks for more time, then discards the answers and returns to the start', async ({
  page,
}) => {
  await page.clock.install();
  await page.reload();
  await intoFirstQuestion(page);
  await page.clock.fastForward(89_000);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await page.clock.fastForward(2_000);
  const dialog = page.getByRole('alertdialog', { name: 'Do you need more time?' });
  await expect(dialog).toBeVisible();
  // "More time" keeps the answers.
  await dialog.getByRole('button', { name: 'Yes, I need more time' }).click();
  await expect(page.getByRole('radio', { name: 'Agree', exact: true }).first()).toBeChecked();
  // Idle again, and this time let the countdown run out.
  await page.clock.fastForward(91_000);
  await expect(dialog).toBeVisible();
  await page.clock.fastForward(21_000);
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('radio', { name: 'Agree', exact: true }).first()).not.toBeChecked();
  expect(await readOutbox(page)).toHaveLength(0);
});

test('the next respondent never sees the previous answers, and Back does not bring them back', async ({
  page,
}) => {
  await completeKiosk(page, 'previous respondent words');
  await page.getByRole('button', { name: 'Finish' }).click();
  // The kiosk never adds history entries: Back leaves the app instead of replaying screens.
  await page.goBack().catch(() => undefined);
  expect(page.url()).not.toContain('/kiosk');
  await page.goForward().catch(() => undefined);
  await page.goto('/kiosk');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(FIRST_QUESTION)).toBeVisible();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  expect(await readOutbox(page)).toHaveLength(1);
});
