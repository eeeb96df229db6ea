import { expect, test, type Page } from '@playwright/test';
import { localDay } from '../../protocol/day';
import { expectNoAxeViolations } from './support/axe';
import {
  setUpCoordinatorPartnership,
  signInAndUnlock,
  type CoordinatorPartnership,
} from './support/coordinator';
import { testPort } from './support/ports';
import {
  attendanceSheet,
  enrolTablet,
  survivorResponse,
  tabletEvent,
  trainingFeedback,
  XSS,
} from './support/review-records';
import {
  dataLoaded,
  expectInert,
  openScreen,
  question,
  tablePairs,
} from './support/review-screens';
import { startServer, type RunningServer } from './support/server';

// Untrusted text (written answers, and event names and areas typed on a tablet) stays inert on
// every review screen; the board report renders its measures and prints without the
// workspace around it; axe finds nothing on any review screen.

const PORT = testPort(61);
test.use({ baseURL: `http://localhost:${PORT}` });
test.describe.configure({ timeout: 120_000 });

const FORM = 'Tell us about the support you got';
const EVENT_ID = 'tablet-fair';

let server: RunningServer;
let partnership: CoordinatorPartnership;

test.beforeEach(async () => {
  server = await startServer({ port: PORT });
  partnership = await setUpCoordinatorPartnership(server.url);
  const tablet = await enrolTablet(server.url, partnership);
  const payloads = Object.values(XSS);
  await tablet.send([
    tabletEvent({
      id: EVENT_ID,
      name: `Fair ${XSS.img}`,
      day: localDay(),
      area: `Ward ${XSS.svg}`,
      type: 'stall',
      organisations: [XSS.script],
    }),
    attendanceSheet(EVENT_ID, { event_type: 'stall', people_engaged: 20, conversations: 6 }),
    attendanceSheet(EVENT_ID, { event_type: 'stall', people_engaged: 15, pledges: XSS.script }),
    ...Array.from({ length: 12 }, (_, i) =>
      survivorResponse(
        { listened: 5, times_told: 'none', improve: payloads[i % 3] ?? '' },
        i < 6 ? EVENT_ID : undefined,
      ),
    ),
    ...Array.from({ length: 10 }, () =>
      trainingFeedback({ coercive_before: 2, coercive_after: 4, relevance: 5 }),
    ),
  ]);
});
test.afterEach(async () => {
  await server.stop();
});

function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

test('written answers and tablet-typed event names are inert on every review screen', async ({
  page,
}) => {
  const dialogs = watchDialogs(page);
  await signInAndUnlock(page);
  await dataLoaded(page);
  // Overview: the tablet's event, named and placed with markup, shown as text.
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByText(`Fair ${XSS.img}`, { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'People engaged by area' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: `Ward ${XSS.svg}`, exact: true })).toBeVisible();
  await expectInert(page, dialogs);
  await expectNoAxeViolations(page, 'overview with events and attendance');

  await page.getByRole('link', { name: FORM }).click();
  await expect(page.getByRole('heading', { level: 1, name: FORM })).toBeVisible();
  const eventFilter = page.getByLabel('Event');
  await expect(eventFilter.locator('option').nth(1)).toHaveText(`Fair ${XSS.img}, ${dayOf()}`);
  await eventFilter.selectOption(EVENT_ID);
  await expect(page.getByText(/Fewer than 10 responses match these filters/)).toBeVisible();
  await expectInert(page, dialogs);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(question(page, 'I felt listened to and believed.')).toBeVisible();
  await expectInert(page, dialogs);
  await expectNoAxeViolations(page, 'form results');

  await openScreen(page, 'Free text');
  for (const payload of Object.values(XSS)) {
    await expect(page.locator('.free-text').filter({ hasText: payload })).toHaveCount(4);
  }
  await page.getByLabel('Search the answers').fill('<script>');
  await expect(page.locator('.free-text')).toHaveCount(4);
  await expectInert(page, dialogs);
  await expectNoAxeViolations(page, 'free text');
  await page.getByLabel('Form', { exact: true }).selectOption({ label: 'Event attendance' });
  await expect(page.getByText(/written answers are not shown/)).toBeVisible();

  await openScreen(page, 'Exports');
  await expectInert(page, dialogs);
  await expectNoAxeViolations(page, 'exports');

  await openScreen(page, 'Board report');
  await expectInert(page, dialogs);
});

test('the board report shows the measures for a period and prints without the workspace', async ({
  page,
}) => {
  const dialogs = watchDialogs(page);
  await signInAndUnlock(page);
  await openScreen(page, 'Board report');
  await dataLoaded(page);
  const report = page.getByRole('article', { name: /Riverside Partnership: report for/ });
  await expect(report).toBeVisible();
  const headlines = report.locator('.headline-list').first();
  await expect(headlines).toContainText('Events held1');
  await expect(headlines).toContainText('People engaged at events35');
  await expect(headlines).toContainText('Practitioners trained10');
  await expect(headlines).toContainText(`Responses: ${FORM}12`);
  const confidence = report.getByRole('table', { name: /Confidence before and after/ });
  expect((await tablePairs(confidence))[0]).toEqual(['Recognising coercive control', '10']);
  await expect(confidence.getByRole('row').nth(1)).toContainText('2.04.0');
  await expect(report.locator('svg.before-after-chart')).toHaveCount(1);
  const told = report.getByRole('table', { name: /How many times did you have to tell/ });
  await expect(told).toBeVisible();
  await expectInert(page, dialogs);
  await expectNoAxeViolations(page, 'board report');

  // A period with nothing in it says so rather than showing stale numbers.
  await page.getByLabel('First day').fill('2001-01-01');
  await page.getByLabel('Last day').fill('2001-03-31');
  await expect(
    page.getByRole('article', { name: /report for 1 Jan 2001 to 31 Mar 2001/ }),
  ).toContainText('No survivor feedback in this period.');
  await page.getByLabel('Last day').fill('2000-12-31');
  await expect(page.getByRole('alert')).toHaveText(
    'The first day must be on or before the last day.',
  );
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeDisabled();

  await page.getByLabel('First day').fill(`${localDay().slice(0, 7)}-01`);
  await page.getByLabel('Last day').fill(localDay());
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeEnabled();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Coordinator' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByLabel('First day')).toBeHidden();
  await expect(page.getByText('Responses loaded.')).toBeHidden();
  const printed = page.getByRole('article', { name: /Riverside Partnership: report for/ });
  await expect(printed).toBeVisible();
  await expect(printed.locator('svg.diverging-chart').first()).toBeVisible();
  await expect(printed.getByRole('table').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

function dayOf(): string {
  const [y, m, d] = localDay().split('-').map(Number) as [number, number, number];
  const month = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ][m - 1];
  return `${d} ${month} ${y}`;
}
