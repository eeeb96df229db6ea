import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { completeSetupWizard, signInAndUnlock } from './support/coordinator';
import {
  completeKiosk,
  enrolThroughScreen,
  openOutreachWithPin,
  readOutbox,
  STAFF_PIN,
} from './support/device';
import { testPort } from './support/ports';
import {
  dataLoaded,
  download,
  openScreen,
  parseCsv,
  question,
  screenCounts,
  tablePairs,
} from './support/review-screens';
import { startServer, type RunningServer } from './support/server';

// The whole loop through the user interface, on an empty server: the setup wizard makes the
// keys in the coordinator's browser; a one-time code enrols a tablet in another browser
// context; the tablet, offline, runs an event with an attendance sheet and the kiosk; back
// online it syncs; the coordinator signs in again, unlocks and sees the right numbers —
// "fewer than 10" and no written answers at 3 responses, the true distribution at 12, and a
// CSV that says what the screen says. Survivors' written answers carry HTML and script
// payloads; they stay inert text everywhere.

const PORT = testPort(70);
test.use({ baseURL: `http://localhost:${PORT}` });

const ME = {
  partnershipName: 'Eastfield Partnership',
  email: 'lead.coordinator@example.org',
  password: 'a long admin password',
  passphrase: 'amber lantern quietly drifting',
};
const FORM = 'Tell us about the support you got';
const LISTENED = 'I felt listened to and believed.';
const EVENT = 'Library drop-in';
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '<svg onload="window.__xss=3"></svg>',
];

let server: RunningServer;
test.beforeAll(async () => {
  server = await startServer({ port: PORT });
});
test.afterAll(async () => {
  await server?.stop();
});

/** From the tablet's /outreach: the kiosk (for the open event), a respondent per text, back. */
async function kioskRound(
  tablet: Page,
  improve: readonly string[],
  forEvent: boolean,
): Promise<void> {
  if (forEvent) {
    await tablet.getByRole('button', { name: `Open “${EVENT}”` }).click();
    await tablet.getByRole('button', { name: 'Start kiosk for this event' }).click();
  } else {
    await tablet.getByRole('button', { name: 'Start kiosk' }).click();
  }
  await expect(tablet).toHaveURL(/\/kiosk$/);
  for (const [i, text] of improve.entries()) {
    await completeKiosk(tablet, text);
    if (i < improve.length - 1) await tablet.getByRole('button', { name: 'Finish' }).click();
  }
  await tablet.getByRole('button', { name: 'Finish' }).click();
  await tablet.getByRole('button', { name: 'Staff' }).click();
  await tablet.getByLabel('Enter the staff PIN').fill(STAFF_PIN);
  await tablet.getByRole('button', { name: 'OK' }).click();
  await expect(tablet).toHaveURL(/\/outreach$/);
}

async function sendEverything(tablet: Page): Promise<void> {
  await tablet.getByRole('button', { name: 'Send now' }).click();
  await expect.poll(async () => (await readOutbox(tablet)).length, { timeout: 20_000 }).toBe(0);
}

async function expectNothingInjected(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  // The only images, scripts and SVGs are the app's own (charts, no survivor text).
  expect(await page.locator('main img, main script').count()).toBe(0);
  expect(await page.locator('main svg[onload]').count()).toBe(0);
}

test('setup → enrol → offline event and kiosk → sync → sign in, unlock, and the right numbers', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const desk = await browser.newContext({ baseURL: server.url });
  const coordinator = await desk.newPage();
  coordinator.on('dialog', (d) => {
    throw new Error(`unexpected dialog: ${d.message()}`);
  });
  await completeSetupWizard(coordinator, ME);

  // A one-time enrolment code, read off the devices screen as a person would.
  await coordinator.getByLabel('Label (optional)').fill('Blue tablet');
  await coordinator.getByRole('button', { name: 'Create enrolment code' }).click();
  const card = coordinator.getByRole('region', { name: 'One-time enrolment code' });
  const code = (await card.locator('.manage-code-group').allInnerTexts()).join('-');
  await expect(card.getByRole('img', { name: /QR code of the enrolment link/ })).toBeVisible();

  // The tablet: another browser, enrolled with the code, then offline for the whole event.
  const field = await browser.newContext({ baseURL: server.url });
  const tablet = await field.newPage();
  await openOutreachWithPin(tablet);
  await enrolThroughScreen(tablet, code);
  await expect(
    tablet.getByRole('status').filter({ hasText: `Enrolled with ${ME.partnershipName}` }),
  ).toBeVisible();
  await field.setOffline(true);
  await tablet.reload();

  await tablet.getByLabel('Event name').fill(EVENT);
  await tablet.getByRole('button', { name: 'Create event' }).click();
  await tablet.getByLabel('How many people did you engage with?').fill('37');
  for (let i = 0; i < 4; i++) {
    await tablet.getByRole('button', { name: 'Add one to National helpline card' }).click();
  }
  await tablet.waitForTimeout(600); // the open sheet saves 250 ms after the last change
  await tablet.reload();
  await kioskRound(tablet, PAYLOADS, true);
  await tablet.getByRole('button', { name: `Open “${EVENT}”` }).click();
  await tablet.getByRole('button', { name: 'Close event' }).click();
  await tablet.getByRole('button', { name: 'Close and send' }).click();
  await expect(tablet.getByText(`“${EVENT}” closed.`)).toBeVisible();
  expect(await readOutbox(tablet)).toHaveLength(5); // the event, 3 responses, the sheet
  await field.setOffline(false);
  await sendEverything(tablet);

  // The coordinator signs in again (a new session) and unlocks with the passphrase.
  await coordinator.getByRole('button', { name: 'Sign out' }).click();
  await signInAndUnlock(coordinator, '', ME);
  await dataLoaded(coordinator);
  await expect(coordinator.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const byForm = coordinator.getByRole('table', { name: 'Responses by form' });
  expect(await tablePairs(byForm)).toContainEqual([FORM, 'fewer than 10']);
  await expect(
    coordinator.getByText(/1 event \(0 published, 1 created on tablets\)/),
  ).toBeVisible();
  const engaged = coordinator.locator('.headline-list div', { hasText: 'People engaged' });
  await expect(engaged.locator('dd')).toHaveText('37');
  await expectNoAxeViolations(coordinator, 'loop: overview');

  await byForm.getByRole('link', { name: FORM }).click();
  await expect(coordinator.getByText('Responses: fewer than 10')).toBeVisible();
  await expect(coordinator.locator('section.question-result')).toHaveCount(0);
  await openScreen(coordinator, 'Free text');
  await expect(coordinator.locator('.free-text')).toHaveCount(0);
  for (const p of PAYLOADS) await expect(coordinator.getByText(p)).toHaveCount(0);
  await expectNothingInjected(coordinator);

  // Nine more survivors, online this time: 12 in all.
  const more = Array.from({ length: 9 }, (_, i) => `Shorter waits, please (${i + 1})`);
  await kioskRound(tablet, more, false);
  await sendEverything(tablet);

  await coordinator.getByRole('button', { name: 'Refresh' }).click();
  await openScreen(coordinator, 'Free text');
  await expect(coordinator.locator('.free-text')).toHaveCount(12);
  for (const p of PAYLOADS) {
    await expect(coordinator.getByText(p, { exact: true })).toBeVisible();
  }
  await expectNothingInjected(coordinator);

  await openScreen(coordinator, 'Overview');
  expect(await tablePairs(byForm)).toContainEqual([FORM, '12']);
  await byForm.getByRole('link', { name: FORM }).click();
  await expect(coordinator.getByText('Responses: 12')).toBeVisible();
  // Every respondent chose "Agree" for the first statement: the true distribution.
  const listened = await tablePairs(question(coordinator, LISTENED).getByRole('table'));
  expect(listened).toContainEqual(['Agree', '12']);
  expect(listened.filter(([, n]) => n !== '0' && n !== '12')).toEqual([]);
  await expectNothingInjected(coordinator);

  // The aggregate CSV says exactly what the screen says.
  const shown = await screenCounts(coordinator);
  await openScreen(coordinator, 'Exports');
  await coordinator.getByLabel('Form', { exact: true }).selectOption({ label: FORM });
  const csv = parseCsv(
    (
      await download(
        coordinator,
        coordinator.getByRole('button', { name: 'Download aggregate CSV' }),
      )
    ).text,
  );
  expect(csv).toContainEqual([FORM, '', 'Responses', '12']);
  for (const [q, answer, count] of shown) expect(csv).toContainEqual([FORM, q, answer, count]);

  await desk.close();
  await field.close();
});
