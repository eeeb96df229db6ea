import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { COORDINATOR, setUpCoordinatorPartnership, signInAndUnlock } from './support/coordinator';
import { testPort } from './support/ports';
import { startServer, type RunningServer } from './support/server';

// Access to the coordinator workspace: the first-run wizard with its recovery kit, sign-in,
// unlock, the inactivity lock, session expiry, adding a reviewer and their hand-over.

const INACTIVITY = 'locked because nothing happened for 15 minutes';

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function unlock(page: Page, passphrase: string, label = 'Passphrase') {
  await page.getByLabel(label, { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

test.describe('first run', () => {
  let server: RunningServer;
  test.beforeAll(async () => {
    server = await startServer({ port: testPort(20) });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('setup wizard: keys, recovery kit download and check, first config; then recovery', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto(`${server.url}/coordinator`);
    await expect(page).toHaveURL(/\/coordinator\/setup$/);
    await expect(h1(page, 'Set up Hearth: the partnership and you')).toBeVisible();
    await expectNoAxeViolations(page, 'setup: account');

    await page.getByLabel('Partnership name').fill('Northbank Partnership');
    await page.getByLabel('Your e-mail address').fill('first.admin@example.org');
    await page.getByLabel('Password', { exact: true }).fill('too short');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert')).toContainText('at least 12 characters');
    await expectNoAxeViolations(page, 'setup: account with errors');
    await page.getByLabel('Password', { exact: true }).fill('a long admin password');
    await page.getByLabel('Type the password again').fill('a long admin password');
    await page.getByRole('button', { name: 'Continue' }).click();

    await expect(h1(page, 'Set up Hearth: the passphrase')).toBeVisible();
    await expect(h1(page, 'Set up Hearth: the passphrase')).toBeFocused();
    const passphrase = page.getByLabel('Passphrase', { exact: true });
    await passphrase.fill('Northbank Partnership rocks');
    await expect(
      page.getByText("Not met yet: Not containing your e-mail address or the partnership's name"),
    ).toBeAttached();
    await passphrase.fill('amber lantern quietly drifting');
    await expect(page.getByText('Met: At least 16 characters')).toBeAttached();
    await page.getByLabel('Type the passphrase again').fill('amber lantern quietly drifting');
    await expectNoAxeViolations(page, 'setup: passphrase');
    await page.getByRole('button', { name: 'Continue' }).click();

    await expect(h1(page, 'Set up Hearth: the keys and the recovery kit')).toBeVisible();
    await page.getByRole('button', { name: 'Create the keys' }).click();
    const codeBox = page.locator('#setup-recovery-code');
    await expect(codeBox).toHaveText(/^([0-9A-Z]{5}-){4}[0-9A-Z]{5}$/, { timeout: 15_000 });
    const recoveryCode = (await codeBox.textContent())!;
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the recovery kit' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(
      /^hearth-recovery-kit-northbank-partnership-.*\.json$/,
    );
    const kitPath = await download.path();
    await page.getByLabel('I have written down the recovery code').check();
    await expectNoAxeViolations(page, 'setup: keys');
    await page.getByRole('button', { name: 'Continue' }).click();

    await expect(h1(page, 'Set up Hearth: check the recovery kit')).toBeVisible();
    await page.getByLabel('Recovery kit file').setInputFiles(kitPath);
    await page.getByLabel('Recovery code').fill('AAAAA-BBBBB-CCCCC-DDDDD-EEEEE');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'That recovery code does not open this kit',
    );
    await page.getByLabel('Recovery code').fill(recoveryCode.toLowerCase());
    await expectNoAxeViolations(page, 'setup: check kit');
    await page.getByRole('button', { name: 'Continue' }).click();

    await expect(h1(page, 'Set up Hearth: local services')).toBeVisible();
    await page.getByRole('button', { name: 'Add a local service' }).click();
    await page.getByLabel('Name').fill('Northbank Women’s Aid');
    await page.getByLabel('Phone number').fill('01632 960 555');
    await expectNoAxeViolations(page, 'setup: local services');
    await page.getByRole('button', { name: 'Continue' }).click();

    await expect(h1(page, 'Set up Hearth: finish')).toBeVisible();
    await expectNoAxeViolations(page, 'setup: finish');
    await page.getByRole('button', { name: 'Set up Hearth' }).click();

    await expect(h1(page, 'Devices')).toBeVisible({ timeout: 15_000 });
    await expect(page).toHaveURL(/\/coordinator\/devices$/);
    await expect(page.getByText('Next: enrol a tablet')).toBeVisible();
    await expect(page.getByText('Key unlocked')).toBeVisible();

    // The first config is published, signed, with the local service.
    const config = (await (await page.request.get(`${server.url}/api/v1/config`)).json()) as {
      payload: string;
      version: number;
    };
    expect(config.version).toBe(1);
    expect(JSON.parse(config.payload)).toMatchObject({
      partnershipName: 'Northbank Partnership',
      forms: [],
      helplines: [{ name: 'Northbank Women’s Aid', phone: '01632 960 555' }],
    });

    // A second visit to the wizard is refused: the server is set up.
    await page.goto(`${server.url}/coordinator/setup`);
    await expect(page).not.toHaveURL(/setup/);

    // Forgotten passphrase: the recovery kit and code give a new one.
    await page.goto(`${server.url}/coordinator`);
    await expect(h1(page, 'Unlock the partnership key')).toBeVisible();
    await page.getByRole('link', { name: 'Use the recovery kit' }).click();
    await expect(h1(page, 'Use the recovery kit')).toBeVisible();
    await expectNoAxeViolations(page, 'recover');
    await page.getByLabel('Recovery kit file').setInputFiles(kitPath);
    await page.getByLabel('Recovery code').fill(recoveryCode);
    await page.getByLabel('New passphrase').fill('copper kettle winter harbour');
    await page.getByLabel('Type the passphrase again').fill('copper kettle winter harbour');
    await page.getByRole('button', { name: 'Recover and unlock' }).click();
    await expect(page.getByText('Key unlocked')).toBeVisible({ timeout: 15_000 });

    await page.getByRole('button', { name: 'Lock now' }).click();
    await expect(h1(page, 'Unlock the partnership key')).toBeVisible();
    await unlock(page, 'amber lantern quietly drifting');
    await expect(page.getByRole('alert')).toContainText(
      'That passphrase does not unlock the partnership key.',
    );
    await unlock(page, 'copper kettle winter harbour');
    await expect(page.getByText('Key unlocked')).toBeVisible();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(h1(page, 'Sign in')).toBeVisible();
    await expect(page.getByText('You have signed out.')).toBeVisible();
  });
});

test.describe('signed in', () => {
  let server: RunningServer;
  test.beforeAll(async () => {
    server = await startServer({ port: testPort(21) });
    await setUpCoordinatorPartnership(server.url);
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('wrong password and wrong passphrase are explained; shell has nav, skip link and titles', async ({
    page,
  }) => {
    await page.goto(`${server.url}/coordinator/devices`);
    await expect(h1(page, 'Sign in')).toBeVisible();
    await expect(page).toHaveTitle('Sign in – Hearth coordinator');
    await expectNoAxeViolations(page, 'sign-in');

    await signIn(page, COORDINATOR.email, 'not the password at all');
    await expect(page.getByRole('alert')).toContainText(
      'The e-mail address or password is not right.',
    );
    await page.getByLabel('Password', { exact: true }).fill(COORDINATOR.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    // Devices need no key: the screen shows straight away, where the person was going.
    await expect(h1(page, 'Devices')).toBeVisible();
    await expect(page).toHaveTitle('Devices – Hearth coordinator');
    await expect(page.getByRole('link', { name: 'Devices' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
    await expect(page).toHaveURL(/\/coordinator$/);
    await expect(h1(page, 'Unlock the partnership key')).toBeFocused();
    await expect(page).toHaveTitle('Unlock – Hearth coordinator');
    await expectNoAxeViolations(page, 'unlock');

    await unlock(page, 'a wrong passphrase entirely');
    await expect(page.getByRole('alert')).toContainText(
      'That passphrase does not unlock the partnership key.',
    );
    await unlock(page, COORDINATOR.passphrase);
    await expect(page.getByText('Key unlocked')).toBeVisible();
    await expect(page).toHaveTitle('Overview – Hearth coordinator');

    await page.goBack();
    await expect(h1(page, 'Devices')).toBeFocused();
    // On a fresh load the skip link is the first stop.
    await page.reload();
    await expect(h1(page, 'Devices')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  });

  test('the key locks after 15 minutes without input and says why', async ({ page }) => {
    await page.clock.install();
    await page.goto(`${server.url}/coordinator`);
    await signIn(page, COORDINATOR.email, COORDINATOR.password);
    await page.getByLabel('Passphrase', { exact: true }).fill(COORDINATOR.passphrase);
    // The page's clock stands still from here: the 15 minutes must run from the moment the
    // key is unlocked on the screen, not from whenever the page next gets round to timers.
    const now = await page.evaluate(() => Date.now());
    await page.clock.pauseAt(now + 1000);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible({ timeout: 15_000 });
    await page.clock.fastForward('14:00');
    await expect(page.getByText('Key unlocked')).toBeVisible();
    await page.clock.fastForward('01:10');
    await expect(h1(page, 'Unlock the partnership key')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: INACTIVITY })).toBeVisible();
    await expect(page.getByText('Key locked')).toBeVisible();
  });

  test('while someone is at work on local screens, the tab keeps the server session alive', async ({
    page,
  }) => {
    await page.clock.install();
    await signInAndUnlock(page, server.url);
    const pings: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/v1/session') pings.push(r.method());
    });
    // Input every minute for five minutes: the server hears from the tab once.
    for (let i = 0; i < 5; i++) {
      await page.mouse.move(100 + i * 10, 200);
      await page.clock.runFor('01:00');
    }
    await page.clock.runFor('00:10');
    await expect.poll(() => pings).toEqual(['GET']);
    // Nobody there (no input): no more pings before the key locks.
    await page.clock.runFor('06:00');
    expect(pings).toEqual(['GET']);
    await expect(page.getByText('Key unlocked')).toBeVisible();
  });

  test('repeated failed sign-ins say when to try again', async ({ page }) => {
    await page.goto(`${server.url}/coordinator`);
    for (let i = 0; i < 5; i++) {
      await signIn(page, 'somebody.else@example.org', `wrong password ${i}`);
      await expect(page.getByRole('alert')).toContainText('is not right');
    }
    await signIn(page, 'somebody.else@example.org', 'wrong password 6');
    await expect(page.getByRole('alert')).toContainText(
      /Too many failed sign-ins for this e-mail address\. Try again in 15 minutes \(at \d\d:\d\d\)\./,
    );
  });

  test('an ended session sends the person to sign in, saying so', async ({ page, context }) => {
    await page.goto(`${server.url}/coordinator/devices`);
    await signIn(page, COORDINATOR.email, COORDINATOR.password);
    await expect(h1(page, 'Devices')).toBeVisible();
    // The screen reads its list on arrival: that request, not the click, would otherwise be
    // the one that finds the session gone, and the nav could go before it is clicked.
    await expect(
      page.getByText('No tablets are enrolled yet.').or(page.getByRole('table')),
    ).toBeVisible();
    await context.clearCookies();
    await page.getByRole('navigation').getByRole('link', { name: 'People' }).click();
    await expect(h1(page, 'Sign in')).toBeVisible();
    await expect(page.getByText('Your session has ended. Sign in again.')).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    // Signing in again continues where the person was.
    await signIn(page, COORDINATOR.email, COORDINATOR.password);
    await expect(h1(page, 'People')).toBeVisible();
  });

  test('an admin adds a reviewer; the reviewer swaps the hand-over passphrase for their own', async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000);
    await signInAndUnlock(page, server.url);
    await page.getByRole('navigation').getByRole('link', { name: 'People' }).click();
    await expect(h1(page, 'People')).toBeVisible();
    await expect(page.getByRole('cell', { name: `${COORDINATOR.email} (you)` })).toBeVisible();
    await expectNoAxeViolations(page, 'people');

    await page.getByLabel('Their e-mail address').fill('reviewer.two@example.org');
    await page.getByLabel('Their first password').fill('reviewer first password');
    await page.getByLabel(/^Reviewer/).check();
    await page.getByLabel('Your passphrase').fill('not my passphrase');
    await page.getByRole('button', { name: 'Add coordinator' }).click();
    await expect(page.getByRole('alert')).toContainText('That passphrase does not unlock');
    await page.getByLabel('Your passphrase').fill(COORDINATOR.passphrase);
    await page.getByRole('button', { name: 'Add coordinator' }).click();
    await expect(
      page.getByRole('heading', { name: 'reviewer.two@example.org can now sign in' }),
    ).toBeVisible();
    const handover = (await page.locator('#added-notice .recovery-code').textContent())!;
    expect(handover).toMatch(/^([0-9A-Z]{5}-){3}[0-9A-Z]{5}$/);
    await expect(page.getByRole('cell', { name: 'reviewer.two@example.org' })).toBeVisible();
    await expectNoAxeViolations(page, 'people: added');

    const reviewerContext = await browser.newContext();
    const reviewer = await reviewerContext.newPage();
    await reviewer.goto(`${server.url}/coordinator`);
    await signIn(reviewer, 'reviewer.two@example.org', 'reviewer first password');
    await unlock(reviewer, handover.toLowerCase(), 'Hand-over passphrase');
    await expect(h1(reviewer, 'Choose your own passphrase')).toBeVisible();
    await expectNoAxeViolations(reviewer, 'hand-over passphrase');
    await reviewer.getByLabel('New passphrase').fill('velvet otter morning tide');
    await reviewer.getByLabel('Type the passphrase again').fill('velvet otter morning tide');
    await reviewer.getByRole('button', { name: 'Save my passphrase' }).click();
    await expect(h1(reviewer, 'Choose your own passphrase')).toHaveCount(0);

    // A reviewer sees no admin items, and admin pages say they are not available.
    const nav = reviewer.getByRole('navigation');
    await expect(nav.getByRole('link', { name: 'Overview' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Devices' })).toBeVisible();
    for (const adminOnly of ['People', 'Audit log', 'Forms', 'Events', 'Settings']) {
      await expect(nav.getByRole('link', { name: adminOnly })).toHaveCount(0);
    }
    await reviewer.goto(`${server.url}/coordinator/people`);
    await expect(h1(reviewer, 'Not available')).toBeVisible();
    await expectNoAxeViolations(reviewer, 'not available');

    // Their own passphrase now unlocks; the hand-over one no longer does.
    await reviewer.goto(`${server.url}/coordinator/free-text`);
    await unlock(reviewer, handover);
    await expect(reviewer.getByRole('alert')).toContainText('does not unlock');
    await unlock(reviewer, 'velvet otter morning tide');
    await expect(reviewer.getByText('Key unlocked')).toBeVisible();

    // Changing it again from "Your passphrase".
    await reviewer.getByRole('navigation').getByRole('link', { name: 'Your passphrase' }).click();
    await expect(h1(reviewer, 'Your passphrase')).toBeVisible();
    await expectNoAxeViolations(reviewer, 'account');
    await reviewer.getByLabel('Current passphrase').fill('velvet otter morning tide');
    await reviewer.getByLabel('New passphrase').fill('granite meadow silver fox');
    await reviewer.getByLabel('Type the passphrase again').fill('granite meadow silver fox');
    await reviewer.getByRole('button', { name: 'Change passphrase' }).click();
    await expect(reviewer.getByText('Your passphrase has been changed.')).toBeVisible();
    await reviewerContext.close();
  });
});

test.describe('setup race', () => {
  let server: RunningServer;
  test.beforeAll(async () => {
    server = await startServer({ port: testPort(22) });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('a wizard finishing after someone else set the server up offers sign-in', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto(`${server.url}/coordinator`);
    await page.getByLabel('Partnership name').fill('Late Partnership');
    await page.getByLabel('Your e-mail address').fill('late@example.org');
    await page.getByLabel('Password', { exact: true }).fill('a long admin password');
    await page.getByLabel('Type the password again').fill('a long admin password');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill('amber lantern quietly drifting');
    await page.getByLabel('Type the passphrase again').fill('amber lantern quietly drifting');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Create the keys' }).click();
    const codeBox = page.locator('#setup-recovery-code');
    await expect(codeBox).toHaveText(/-/, { timeout: 15_000 });
    const recoveryCode = (await codeBox.textContent())!;
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the recovery kit' }).click();
    const kitPath = await (await downloading).path();
    await page.getByLabel('I have written down the recovery code').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Recovery kit file').setInputFiles(kitPath);
    await page.getByLabel('Recovery code').fill(recoveryCode);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(h1(page, 'Set up Hearth: local services')).toBeVisible();
    await page.getByRole('button', { name: 'Continue' }).click();

    await setUpCoordinatorPartnership(server.url);
    await page.getByRole('button', { name: 'Set up Hearth' }).click();
    await expect(h1(page, 'This server is already set up')).toBeVisible();
    await expectNoAxeViolations(page, 'already set up');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(h1(page, 'Sign in')).toBeVisible();
  });
});
