import { expect, test, type Page } from '@playwright/test';
import { ConfigResponse, EnrolResponse } from '../../protocol/api';
import { ConfigPayload, DEFAULT_SETTINGS } from '../../protocol/config';
import { fromBase64url } from '../../protocol/base64url';
import { verifyPayload } from '../../src/crypto';
import { survivorFeedback } from '../../src/forms/builtin';
import { expectNoAxeViolations } from './support/axe';
import {
  COORDINATOR,
  setUpCoordinatorPartnership,
  signInAndUnlock,
  type CoordinatorPartnership,
} from './support/coordinator';
import { testPort } from './support/ports';
import { startServer, type RunningServer } from './support/server';

// The management screens through the real shell: every publish is signed in this browser and
// checked afterwards as a tablet sees it (GET /config with a device token, signature verified).

const PORT = testPort(45);
test.use({ baseURL: `http://localhost:${PORT}` });
// Unlocking runs PBKDF2 with 600 000 iterations and axe checks each screen: give it room.
test.describe.configure({ timeout: 150_000 });

let server: RunningServer;
let partnership: CoordinatorPartnership;

test.beforeEach(async () => {
  server = await startServer({ port: PORT });
  partnership = await setUpCoordinatorPartnership(server.url);
});
test.afterEach(async () => {
  await server.stop();
});

/** Client-side navigation: a reload would forget the unlocked key. */
async function open(page: Page, item: string, heading = item): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Coordinator' })
    .getByRole('link', { name: item, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
}

/** A tablet enrolled over the API, for checks "as a device sees it". */
async function enrolTablet(name: string): Promise<EnrolResponse> {
  const { code } = await partnership.client.createEnrolmentCode();
  const res = await fetch(`${server.url}/api/v1/devices/enrol`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code, name }),
  });
  expect(res.status).toBe(201);
  return EnrolResponse.parse(await res.json());
}

/** The config a tablet would install: fetched with its token, signature checked. */
async function deviceConfig(token: string): Promise<ConfigPayload> {
  const res = await fetch(`${server.url}/api/v1/config`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  const signed = ConfigResponse.parse(await res.json());
  const verified = await verifyPayload(
    fromBase64url(signed.signingPublicKey),
    signed.payload,
    signed.signature,
  );
  expect(verified).toBe(true);
  return ConfigPayload.parse(JSON.parse(signed.payload));
}

function outcome(page: Page, text: string | RegExp) {
  return page.getByRole('status').filter({ hasText: text });
}

test('publish an event, a new form version, a switched-off form and settings; a tablet gets them signed', async ({
  page,
}) => {
  const tablet = await enrolTablet('Green tablet');
  await signInAndUnlock(page);

  // Events: add, then change (the id stays).
  await open(page, 'Events');
  await expectNoAxeViolations(page, 'coordinator: events');
  await page.getByRole('button', { name: 'Publish event' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
  await expect(page.getByRole('link', { name: /Enter the event’s name/ })).toBeVisible();
  await expectNoAxeViolations(page, 'coordinator: events with errors');
  await page.getByLabel('Name').fill('Market Stall — St. Mary’s');
  await expect(
    page.getByText('Tablets and records will know it as “market-stall-st-mary-s”.'),
  ).toBeVisible();
  await page.getByLabel('Day').fill('2031-05-17');
  await page.getByLabel('Area or ward (optional)').fill('Northgate');
  await page.getByLabel('Kind of event').selectOption({ label: 'Stall or stand' });
  await page.getByLabel('Organisations taking part (optional)').fill('IDVA service\nPolice');
  await page.getByRole('button', { name: 'Publish event' }).click();
  await expect(outcome(page, 'Published “Market Stall — St. Mary’s”.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Market Stall/ })).toContainText('Northgate');

  await page.getByRole('button', { name: 'Change Market Stall — St. Mary’s' }).click();
  await expect(
    page.getByRole('heading', { name: 'Change “Market Stall — St. Mary’s”' }),
  ).toBeFocused();
  await page.getByLabel('Area or ward (optional)').fill('Southgate');
  await page.getByRole('button', { name: 'Publish changes' }).click();
  await expect(outcome(page, 'Published the changes')).toBeVisible();

  let config = await deviceConfig(tablet.token);
  expect(config.events).toEqual([
    {
      id: 'market-stall-st-mary-s',
      name: 'Market Stall — St. Mary’s',
      day: '2031-05-17',
      area: 'Southgate',
      type: 'stall',
      organisations: ['IDVA service', 'Police'],
    },
  ]);

  // Forms: a new version of the survivor form, pasted as JSON, beside version 1.
  await open(page, 'Forms');
  await expectNoAxeViolations(page, 'coordinator: forms');
  const v2 = {
    ...survivorFeedback,
    version: 2,
    title: { ...survivorFeedback.title, en: 'Your say (v2)' },
  };
  await page.getByLabel('Form definition (JSON)').fill(JSON.stringify(v2, null, 2));
  await page.getByRole('button', { name: 'Check and publish' }).click();
  await expect(outcome(page, 'Published version 2 of “Your say (v2)”')).toBeVisible();
  const survivor = page.getByRole('region', { name: 'Your say (v2)' });
  await expect(survivor.getByRole('row')).toHaveCount(3); // header, version 1, version 2
  await expect(survivor.getByRole('rowheader', { name: /^2 \(newest\) published$/ })).toBeVisible();

  // Switch the training form off.
  await page
    .getByRole('button', { name: /Switch off and publish “Domestic abuse training/ })
    .click();
  await expect(outcome(page, /is switched off/)).toBeVisible();
  await expectNoAxeViolations(page, 'coordinator: forms after publishing');

  config = await deviceConfig(tablet.token);
  expect(config.forms.map((f) => [f.id, f.version])).toEqual([['survivor-feedback', 2]]);
  expect(config.settings.disabledForms).toEqual(['training-feedback']);
  expect(config.events).toHaveLength(1); // earlier publishes are kept

  // Settings: k, a per-form k, the kiosk's waiting time and a second local service.
  await open(page, 'Settings');
  await expectNoAxeViolations(page, 'coordinator: settings');
  await page.getByLabel('Default k').fill('4');
  await page.getByRole('button', { name: 'Add a local service' }).click();
  await expect(page.locator('#local-service-1-name')).toBeFocused();
  await page.locator('#local-service-1-phone').fill('call us');
  await page.getByRole('button', { name: 'Publish settings' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'The settings cannot be published' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Enter a default k from 5 to 100',
    'Local service 2: Enter the service’s name (up to 200 characters)',
    'Local service 2: Enter a phone number of 2 to 30 characters: digits, spaces, + ( ) and - only',
  ]);
  await expectNoAxeViolations(page, 'coordinator: settings with errors');
  await summary.getByRole('link', { name: /phone number/ }).click();
  await expect(page.locator('#local-service-1-phone')).toBeFocused();
  await page.locator('#local-service-1-phone').fill('0161 555 0100');
  await page.locator('#local-service-1-name').fill('Northgate Refuge');
  await page.getByLabel('Default k').fill('12');
  await page.getByLabel('Experts by Experience: what do you think?').fill('15');
  await page.getByLabel(/Seconds without a touch/).fill('120');
  await page.getByRole('button', { name: 'Publish settings' }).click();
  await expect(outcome(page, 'Published the settings.')).toBeVisible();

  config = await deviceConfig(tablet.token);
  expect(config.settings).toEqual({
    suppressionK: 12,
    idleSeconds: 120,
    suppressionKByForm: { 'experts-by-experience': 15 },
    disabledForms: ['training-feedback'],
  });
  expect(config.helplines.map((h) => h.name)).toEqual([
    'Riverside Domestic Abuse Service',
    'Northgate Refuge',
  ]);
  expect(config.version).toBe(6);
});

test('an invalid uploaded form gives specific messages by path, and nothing is published', async ({
  page,
}) => {
  await signInAndUnlock(page);
  await open(page, 'Forms');
  const box = page.getByLabel('Form definition (JSON)');
  const summary = page.getByRole('alert').filter({ hasText: 'cannot be published' });

  await box.fill('{ "id": "school-feedback", "version": 1, }');
  await page.getByRole('button', { name: 'Check and publish' }).click();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('This is not valid JSON');

  const bad = JSON.parse(JSON.stringify(survivorFeedback)) as {
    version: number;
    questions: Array<Record<string, unknown>>;
  };
  bad.version = 2;
  const choice = bad.questions.findIndex((q) => q['type'] === 'choice');
  (bad.questions[choice] as { options: Array<{ value: string }> }).options[0]!.value = 'Not OK';
  bad.questions[0]!['label'] = { en: '  ' };
  await box.fill(JSON.stringify(bad));
  await page.getByRole('button', { name: 'Check and publish' }).click();
  await expect(summary.getByRole('link')).toHaveText([
    'questions[0].label.en: text must not be blank',
    `questions[${choice}].options[0].value: use a-z, 0-9 and _, starting with a letter`,
  ]);
  await expect(page.getByText('There are 2 problems with this form definition')).toBeVisible();
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'coordinator: forms, invalid upload');
  await summary.getByRole('link').first().click();
  await expect(box).toBeFocused();

  // Version 1 already ships with the app.
  await box.fill(JSON.stringify(survivorFeedback));
  await page.getByRole('button', { name: 'Check and publish' }).click();
  await expect(summary.getByRole('link')).toHaveText([
    'version: must be higher than 1, the newest version of "survivor-feedback" already published or built in',
  ]);

  const res = await partnership.client.request('GET', '/api/v1/config');
  expect((await res.json()).version).toBe(1);

  // Someone else publishes meanwhile: this browser's publish is refused as stale, not merged.
  await partnership.client.publishConfig({ settings: { ...DEFAULT_SETTINGS, suppressionK: 11 } });
  const v2 = { ...survivorFeedback, version: 2 };
  await box.fill(JSON.stringify(v2));
  await page.getByRole('button', { name: 'Check and publish' }).click();
  const stale = page
    .getByRole('alert')
    .filter({ hasText: 'Someone else published a newer configuration' });
  await expect(stale).toBeVisible();
  await stale.getByRole('button', { name: 'Reload the configuration' }).click();
  await expect(stale).toBeHidden();
  await page.getByRole('button', { name: 'Check and publish' }).click();
  await expect(outcome(page, 'Published version 2')).toBeVisible();
  const after = ConfigPayload.parse(
    JSON.parse(
      (
        (await (await partnership.client.request('GET', '/api/v1/config')).json()) as {
          payload: string;
        }
      ).payload,
    ),
  );
  expect(after.version).toBe(3);
  expect(after.settings.suppressionK).toBe(11); // the other publish is kept
  expect(after.forms.map((f) => f.version)).toEqual([2]);
});

test('enrolment code with QR, device list, revoke, and the audit log in plain words', async ({
  page,
}) => {
  await signInAndUnlock(page);
  await open(page, 'Devices');
  await expectNoAxeViolations(page, 'coordinator: devices, none enrolled');
  await expect(page.getByText('No tablets are enrolled yet.')).toBeVisible();

  await page.getByLabel('Hours the code works').fill('500');
  await page.getByRole('button', { name: 'Create enrolment code' }).click();
  await expect(page.getByRole('link', { name: /as 1 to 168 hours/ })).toBeVisible();
  await page.getByLabel('Label (optional)').fill('Blue tablet');
  await page.getByLabel('Hours the code works').fill('2');
  await page.getByRole('button', { name: 'Create enrolment code' }).click();
  const card = page.getByRole('region', { name: 'One-time enrolment code' });
  await expect(card.getByRole('heading', { name: 'One-time enrolment code' })).toBeFocused();
  const code = (await card.locator('.manage-code-group').allInnerTexts()).join('-');
  expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
  await expect(card.getByRole('img', { name: /QR code of the enrolment link/ })).toBeVisible();
  const link = await card.locator('code.manage-url').innerText();
  expect(link).toBe(
    `${server.url}/outreach?enrol=${encodeURIComponent(code)}&fp=${link.split('fp=')[1]}`,
  );
  await expect(card.locator('.manage-fingerprint')).toHaveText(/^(\S{4} )+\S{1,4}$/);
  await expectNoAxeViolations(page, 'coordinator: devices, code shown');

  const enrolled = await fetch(`${server.url}/api/v1/devices/enrol`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code, name: 'Blue tablet' }),
  });
  expect(enrolled.status).toBe(201);
  const { token } = EnrolResponse.parse(await enrolled.json());

  await card.getByRole('button', { name: 'Done: hide this code' }).click();
  await page.getByRole('button', { name: 'Refresh the list' }).click();
  const row = page.getByRole('row', { name: /Blue tablet/ });
  await expect(row).toContainText('Active');
  await expect(row).toContainText('Not known');

  await row.getByRole('button', { name: 'Revoke Blue tablet' }).click();
  await expect(row.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await expectNoAxeViolations(page, 'coordinator: devices, confirm revoke');
  await row.getByRole('button', { name: 'Revoke', exact: true }).click();
  await expect(outcome(page, '“Blue tablet” is revoked.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Blue tablet/ })).toContainText('Revoked');
  const refused = await fetch(`${server.url}/api/v1/config`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(refused.status).toBe(403);

  await open(page, 'Audit log');
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  await expectNoAxeViolations(page, 'coordinator: audit log');
  const rows = table.getByRole('row');
  // Newest first; the tablet is named, the coordinator shown by e-mail.
  await expect(rows.nth(1)).toContainText('Revoked tablet “Blue tablet”');
  await expect(rows.nth(1)).toContainText(COORDINATOR.email);
  await expect(rows.nth(2)).toContainText('Tablet “Blue tablet”');
  await expect(rows.nth(2)).toContainText('Enrolled with a one-time code');
  await expect(rows.nth(3)).toContainText(
    'Created an enrolment code for “Blue tablet”, valid for 2 hours',
  );
  await expect(table).toContainText('Unlocked the partnership key');
  await expect(table).toContainText('Published configuration version 1');
  await expect(table).toContainText('Set up the partnership “Riverside Partnership”');

  await page.getByLabel('Show').selectOption({ label: 'Tablets and enrolment codes' });
  await expect(table.getByRole('row')).toHaveCount(4);
});
