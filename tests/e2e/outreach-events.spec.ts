import { expect, test } from '@playwright/test';
import { openRecords } from '../../src/crypto';
import { createTestPartnership } from '../support/partnership';
import { expectNoAxeViolations } from './support/axe';
import {
  completeKiosk,
  everythingStored,
  prepareDevice,
  readOutbox,
  STAFF_PIN,
} from './support/device';

test('an event made on the tablet, offline: tallies survive a reload encrypted, close seals the sheet, the kiosk records the event', async ({
  page,
  context,
}) => {
  const partnership = await createTestPartnership();
  await prepareDevice(page, partnership);
  await context.setOffline(true);
  await page.reload();

  const eventName = `Market stall ${Date.now()}`;
  await page.getByLabel('Event name').fill(eventName);
  await page.getByRole('button', { name: 'Create event' }).click();
  await expect(page.getByRole('heading', { name: eventName })).toBeVisible();
  await expectNoAxeViolations(page, 'attendance sheet');
  // The event itself is sealed straight away.
  expect(await readOutbox(page)).toHaveLength(1);

  await page.getByLabel('How many people did you engage with?').fill('37');
  const addCard = page.getByRole('button', { name: 'Add one to National helpline card' });
  for (let i = 0; i < 7; i++) await addCard.click();
  await page.getByRole('button', { name: 'Take one away from National helpline card' }).click();
  await page.getByRole('button', { name: 'Add one to Local services leaflet' }).click();
  await page.getByRole('button', { name: 'Undo last tally' }).click(); // undoes the local leaflet
  await expect(
    page.locator('.tally-row', { hasText: 'National helpline card' }).locator('.count'),
  ).toHaveText('6');
  await expect(
    page.locator('.tally-row', { hasText: 'Local services leaflet' }).locator('.count'),
  ).toHaveText('0');

  // A reload in the middle of the event: everything is still there…
  await page.waitForTimeout(600); // the sheet saves 250 ms after the last change
  await page.reload();
  // …and nothing of it is readable on the device: not the name, not the numbers.
  const stored = await everythingStored(page);
  expect(stored.includes(eventName), 'event name readable on the device').toBe(false);
  // The open sheet in IndexedDB is ciphertext: no band names, no counts.
  const drafts = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('hearth');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('drafts').objectStore('drafts').getAll();
          req.onsuccess = () => resolve(JSON.stringify(req.result));
        };
      }),
  );
  expect(drafts).toContain('"kind":"attendance"');
  expect(drafts).not.toMatch(/helpline_card|people_engaged|"37"|:37\b|:6\b/);
  await page.getByRole('button', { name: `Open “${eventName}”` }).click();
  await expect(page.getByLabel('How many people did you engage with?')).toHaveValue('37');
  await expect(
    page.locator('.tally-row', { hasText: 'National helpline card' }).locator('.count'),
  ).toHaveText('6');

  // A questionnaire run from the event carries its id too.
  await page
    .getByRole('button', { name: 'Start “Domestic abuse training: your feedback”' })
    .click();
  await page.getByRole('button', { name: 'Continue' }).click();
  for (let i = 0; i < 30; i++) {
    const send = page.getByRole('button', { name: 'Send my answers' });
    if (await send.count()) {
      await send.click();
      break;
    }
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(page.getByText('sent to the outbox')).toBeVisible();
  await page.getByRole('button', { name: `Open “${eventName}”` }).click();

  // The kiosk started from the event records its id.
  await page.getByRole('button', { name: 'Start kiosk for this event' }).click();
  await expect(page).toHaveURL(/\/kiosk$/);
  await completeKiosk(page);
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('button', { name: 'Staff' }).click();
  await page.getByLabel('Enter the staff PIN').fill(STAFF_PIN);
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(page).toHaveURL(/\/outreach$/);

  await page.getByRole('button', { name: `Open “${eventName}”` }).click();
  await page.getByRole('button', { name: 'Close event' }).click();
  await page.getByRole('button', { name: 'Close and send' }).click();
  await expect(page.getByText(`“${eventName}” closed.`)).toBeVisible();
  await expect(page.getByRole('button', { name: `Open “${eventName}”` })).toHaveCount(0);

  const rows = await readOutbox(page);
  expect(rows).toHaveLength(4); // the event, a questionnaire, a kiosk response, the sheet
  const opened = await openRecords(
    partnership.encryption,
    rows.map((r) => r.record),
  );
  const plain = opened.map((o) => (o.ok ? (o.plaintext as Record<string, unknown>) : {}));
  const event = plain.find((p) => p.kind === 'event') as { event: { id: string; name: string } };
  expect(event.event.name).toBe(eventName);
  expect(plain.find((p) => p.mode === 'kiosk')).toMatchObject({ eventId: event.event.id });
  expect(plain.find((p) => p.mode === 'assisted')).toMatchObject({
    formId: 'training-feedback',
    eventId: event.event.id,
  });
  expect(plain.find((p) => p.formId === 'event-attendance')).toMatchObject({
    eventId: event.event.id,
    mode: 'staff',
    answers: { people_engaged: 37, leaflets_type: { helpline_card: 6 } },
  });
  expect((await everythingStored(page)).includes(eventName)).toBe(false);
});
