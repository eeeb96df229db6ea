import { expect, test } from '@playwright/test';
import { AuditResponse } from '../../protocol/api';
import { rewrapKeys } from '../../src/crypto';
import { expectNoAxeViolations } from './support/axe';
import {
  COORDINATOR,
  setUpCoordinatorPartnership,
  signInAndUnlock,
  type CoordinatorPartnership,
} from './support/coordinator';
import { testPort } from './support/ports';
import { enrolTablet, survivorResponse, XSS, type Tablet } from './support/review-records';
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

// Review through the real shell, on records sealed with the partnership's real key and sent
// as a tablet sends them: below k the screens say "fewer than 10" and show no written answer;
// at 12 they show the true distribution, and the aggregate CSV says exactly what the screen
// says. Exports are audited first; the per-row file is for admins, after a warning.

const PORT = testPort(60);
test.use({ baseURL: `http://localhost:${PORT}` });
test.describe.configure({ timeout: 120_000 });

const FORM = 'Tell us about the support you got';
const LISTENED = 'I felt listened to and believed.';
const RECOMMEND = 'Would you tell a friend to come to us for support?';
const SAFER = 'I feel safer since I got support.';

let server: RunningServer;
let partnership: CoordinatorPartnership;
let tablet: Tablet;

test.beforeEach(async () => {
  server = await startServer({ port: PORT });
  partnership = await setUpCoordinatorPartnership(server.url);
  tablet = await enrolTablet(server.url, partnership);
});
test.afterEach(async () => {
  await server.stop();
});

async function auditActions(): Promise<string[]> {
  const res = await partnership.client.request('GET', '/api/v1/audit?limit=500');
  return AuditResponse.parse(await res.json()).entries.map((e) => e.action);
}

test('3 responses read "fewer than 10" with no free text; 12 show the true distribution and the CSV matches', async ({
  page,
  context,
}) => {
  await tablet.send([
    survivorResponse({ listened: 5, recommend: 'yes', safer: 1, improve: XSS.img }),
    survivorResponse({ listened: 5, recommend: 'yes', safer: 5, improve: XSS.script }),
    survivorResponse({ listened: 5, recommend: 'yes', safer: 5, improve: XSS.svg }),
  ]);
  await signInAndUnlock(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await dataLoaded(page);
  const byForm = page.getByRole('table', { name: 'Responses by form' });
  expect(await tablePairs(byForm)).toEqual([[FORM, 'fewer than 10']]);
  await expectNoAxeViolations(page, 'overview, 3 responses');

  await byForm.getByRole('link', { name: FORM }).click();
  await expect(page.getByRole('heading', { level: 1, name: FORM })).toBeVisible();
  await expect(page.getByText('Responses: fewer than 10')).toBeVisible();
  await expect(
    page.getByText(/Fewer than 10 responses match these filters\. To protect the anonymity/),
  ).toBeVisible();
  await expect(page.locator('section.question-result')).toHaveCount(0);
  await expect(page.getByText(XSS.img)).toHaveCount(0);
  await expectNoAxeViolations(page, 'form results, 3 responses');

  await openScreen(page, 'Free text');
  await expect(page.getByText(/written answers are not shown/)).toBeVisible();
  await expect(page.locator('.free-text')).toHaveCount(0);
  for (const payload of Object.values(XSS)) await expect(page.getByText(payload)).toHaveCount(0);
  await expectNoAxeViolations(page, 'free text, 3 responses');

  // Nine more arrive; Refresh fetches only what is new.
  await tablet.send(
    Array.from({ length: 9 }, (_, i) =>
      survivorResponse({
        listened: 5,
        recommend: 'yes',
        safer: 5,
        improve: `Shorter waits, please ${i}`,
      }),
    ),
  );
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.locator('.free-text')).toHaveCount(12);
  await expect(page.getByText(XSS.img, { exact: true })).toBeVisible();
  await page.getByLabel('Search the answers').fill('shorter');
  await expect(
    page.getByRole('status').filter({ hasText: '9 of 12 written answers' }),
  ).toBeVisible();

  await openScreen(page, 'Overview');
  expect(await tablePairs(byForm)).toEqual([[FORM, '12']]);
  await byForm.getByRole('link', { name: FORM }).click();
  await expect(page.getByText('Responses: 12')).toBeVisible();
  // The true distribution where every count is 0 or at least k…
  const listened = question(page, LISTENED);
  expect(await tablePairs(listened.getByRole('table'))).toEqual([
    ['Strongly disagree', '0'],
    ['Disagree', '0'],
    ['Not sure', '0'],
    ['Agree', '0'],
    ['Strongly agree', '12'],
    ['Prefer not to say', '0'],
    ['Answered', '12'],
  ]);
  await expect(listened.getByRole('cell', { name: '100%' })).toBeVisible();
  await expect(listened.locator('svg.diverging-chart')).toHaveCount(1);
  expect(await tablePairs(question(page, RECOMMEND).getByRole('table'))).toEqual([
    ['Yes', '12'],
    ['Maybe', '0'],
    ['No', '0'],
    ['Answered', '12'],
  ]);
  // …and a small count hidden, with the one that would reveal it through the total.
  const safer = question(page, SAFER);
  expect(await tablePairs(safer.getByRole('table'))).toEqual([
    ['Strongly disagree', 'fewer than 10'],
    ['Disagree', '0'],
    ['Not sure', '0'],
    ['Agree', '0'],
    ['Strongly agree', 'fewer than 10'],
    ['Prefer not to say', '0'],
    ['Answered', '12'],
  ]);
  await expect(safer.getByText(/are hidden to protect anonymity/)).toBeVisible();
  await expectNoAxeViolations(page, 'form results, 12 responses');

  // The aggregate CSV holds exactly what the screen shows, and is audited first.
  const shown = await screenCounts(page);
  expect(shown.length).toBeGreaterThanOrEqual(18);
  await openScreen(page, 'Exports');
  await page.getByLabel('Form', { exact: true }).selectOption({ label: FORM });
  await expectNoAxeViolations(page, 'exports');
  const plain = await download(page, page.getByRole('button', { name: 'Download aggregate CSV' }));
  expect(plain.name).toMatch(/^hearth-aggregate-survivor-feedback-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = parseCsv(plain.text);
  expect(lines[0]).toEqual(['Form', 'Question', 'Answer', 'Count']);
  expect(lines).toContainEqual([FORM, '', 'Responses', '12']);
  for (const [q, answer, count] of shown) expect(lines).toContainEqual([FORM, q, answer, count]);
  expect(await auditActions()).toContain('export_aggregate');

  await page.getByLabel('Round to the nearest 5 for publication').check();
  const rounded = parseCsv(
    (await download(page, page.getByRole('button', { name: 'Download aggregate CSV' }))).text,
  );
  expect(rounded).toContainEqual([FORM, '', 'Responses', '10']);
  expect(rounded).toContainEqual([FORM, LISTENED, 'Strongly agree', '10']);
  expect(rounded).toContainEqual([FORM, SAFER, 'Strongly agree', 'fewer than 10']);

  // Offline: what was fetched stays reviewable, and the screen says where it comes from.
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(
    page.getByText(/The server could not be reached, so you are seeing the records saved/),
  ).toBeVisible();
  await openScreen(page, 'Overview');
  expect(await tablePairs(byForm)).toEqual([[FORM, '12']]);
  await context.setOffline(false);
});

test('the per-row CSV is for admins, after a warning, and only once the audit log has it', async ({
  page,
  browser,
}) => {
  await tablet.send(
    Array.from({ length: 12 }, (_, i) =>
      survivorResponse({ listened: 5, recommend: 'yes', improve: i === 0 ? XSS.img : 'Fine' }),
    ),
  );
  await signInAndUnlock(page);
  await openScreen(page, 'Exports');
  await dataLoaded(page);
  await page.getByLabel('Form', { exact: true }).selectOption({ label: FORM });
  await page.getByRole('button', { name: 'Export one row per response…' }).click();
  await expect(
    page.getByRole('heading', { name: 'Before you download: this file can identify people' }),
  ).toBeVisible();
  const get = page.getByRole('button', { name: 'Download 12 rows as CSV' });
  await expect(get).toBeDisabled();
  await expectNoAxeViolations(page, 'exports, per-row warning');

  // No audit entry, no file.
  await page.route('**/api/v1/audit', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({ status: 503, body: '{"error":{"code":"down","message":"Unavailable"}}' })
      : route.continue(),
  );
  const files: string[] = [];
  page.on('download', (d) => files.push(d.suggestedFilename()));
  await page.getByLabel('I understand the risk and will keep the file safe').check();
  await get.click();
  await expect(
    page.getByText(/could not be recorded in the audit log, so no file was made/),
  ).toBeVisible();
  expect(files).toEqual([]);
  expect(await auditActions()).not.toContain('export_rows');

  await page.unroute('**/api/v1/audit');
  const file = await download(page, get);
  expect(await auditActions()).toContain('export_rows');
  const rows = parseCsv(file.text);
  expect(rows).toHaveLength(13);
  expect(rows[0]?.slice(0, 5)).toEqual(['Day', 'Form version', 'Language', 'Event', 'Mode']);
  expect(rows.some((r) => r.includes(XSS.img))).toBe(true);

  // A reviewer sees aggregate exports only.
  const keyring = (await (await partnership.client.request('GET', '/api/v1/keyring')).json()) as {
    wrapped: string;
  };
  const reviewer = {
    email: 'reviewer@example.org',
    password: 'another long password here',
    passphrase: 'nine quiet herons along the canal',
  };
  await partnership.client.addCoordinator({
    email: reviewer.email,
    password: reviewer.password,
    role: 'reviewer',
    wrapped: await rewrapKeys(
      keyring.wrapped,
      COORDINATOR.passphrase,
      reviewer.passphrase,
      'passphrase',
      partnership.publicKeys,
    ),
  });
  const context = await browser.newContext();
  const other = await context.newPage();
  await signInAndUnlock(other, '', reviewer);
  await openScreen(other, 'Exports');
  await dataLoaded(other);
  await other.getByLabel('Form', { exact: true }).selectOption({ label: FORM });
  await expect(other.getByRole('button', { name: 'Download aggregate CSV' })).toBeVisible();
  await expect(other.getByRole('heading', { name: /One row per response/ })).toHaveCount(0);
  await context.close();
});
