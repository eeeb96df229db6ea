import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { COORDINATOR, setUpCoordinatorPartnership, signInAndUnlock } from './support/coordinator';
import { testPort } from './support/ports';
import { startServer, type RunningServer } from './support/server';

// Sign-in, unlock and the workspace shell against a partnership set up over the API.

let server: RunningServer;

test.beforeAll(async () => {
  server = await startServer({ port: testPort(20) });
  await setUpCoordinatorPartnership(server.url);
});

test.afterAll(async () => {
  await server?.stop();
});

test('sign in and unlock through the screens; wrong password and passphrase are explained', async ({
  page,
}) => {
  await page.goto(`${server.url}/coordinator`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expectNoAxeViolations(page, 'sign-in');

  await page.getByLabel('E-mail address').fill(COORDINATOR.email);
  await page.getByLabel('Password', { exact: true }).fill('not the password at all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'The e-mail address or password is not right.',
  );

  await page.getByLabel('Password', { exact: true }).fill(COORDINATOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Unlock the partnership key' }),
  ).toBeVisible();
  await expect(page).toHaveTitle('Unlock – Hearth coordinator');
  await expectNoAxeViolations(page, 'unlock');

  await page.getByLabel('Passphrase', { exact: true }).fill('a wrong passphrase entirely');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(
    'That passphrase does not unlock the partnership key.',
  );

  const started = Date.now();
  await page.getByLabel('Passphrase', { exact: true }).fill(COORDINATOR.passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible();
  console.log(`unlock took ${Date.now() - started} ms`);
});

test('signInAndUnlock helper', async ({ page }) => {
  await signInAndUnlock(page, server.url);
  await expect(page.getByText('Key unlocked')).toBeVisible();
});
