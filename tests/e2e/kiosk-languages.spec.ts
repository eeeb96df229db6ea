import { expect, test } from '@playwright/test';
import { openRecords } from '../../src/crypto';
import { ur } from '../../src/i18n/ur';
import { createTestPartnership } from '../support/partnership';
import { expectNoAxeViolations } from './support/axe';
import { prepareDevice, readOutbox, startKiosk } from './support/device';

test('the kiosk in Urdu, offline: right-to-left, nothing off screen, locale sealed with the answers', async ({
  page,
  context,
}) => {
  const partnership = await createTestPartnership();
  await prepareDevice(page, partnership);
  await startKiosk(page);
  await context.setOffline(true);
  await page.reload();

  await page.getByRole('button', { name: 'اردو' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
  await expectNoAxeViolations(page, 'kiosk start (Urdu)');

  const inViewport = async (what: string, locator: ReturnType<typeof page.locator>) => {
    const box = await locator.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box, what).not.toBeNull();
    expect(box!.x, what).toBeGreaterThanOrEqual(0);
    expect(box!.y, what).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, what).toBeLessThanOrEqual(viewport.width);
  };
  const exit = page.locator('.exit-button');
  const primary = page.locator('.button.large').first();

  await inViewport('exit button on start', exit);
  await inViewport('start button', primary);
  await page.screenshot({ path: test.info().outputPath('kiosk-urdu-start.png') });
  await primary.click();
  await expectNoAxeViolations(page, 'intro (Urdu)');
  await inViewport('continue on intro', page.locator('.button.large').first());
  await page.locator('.button.large').first().click();

  // Answer the first question, then go through to the end.
  await page.getByRole('radio').nth(3).check();
  await expectNoAxeViolations(page, 'first question (Urdu)');
  await page.screenshot({
    path: test.info().outputPath('kiosk-urdu-question.png'),
    fullPage: true,
  });
  for (let i = 0; i < 30; i++) {
    await inViewport(`exit button, screen ${i}`, exit);
    const send = page.getByRole('button', { name: ur.send });
    const next = (await send.count()) ? send : page.getByRole('button', { name: ur.continue });
    await inViewport(`primary button, screen ${i}`, next);
    const done = (await send.count()) > 0;
    await next.click();
    if (done) break;
  }
  await expect(page.getByRole('heading', { name: ur.thanksTitle })).toBeVisible();
  // Helplines keep their names and numbers; the words around them are in Urdu.
  await expect(page.getByText(ur.helplineForEveryone)).toBeVisible();
  await expect(page.getByText('0800 2000 247')).toBeVisible();
  await expectNoAxeViolations(page, 'thank you (Urdu)');

  const [row] = await readOutbox(page);
  const [opened] = await openRecords(partnership.encryption, [row!.record]);
  expect(opened).toMatchObject({ ok: true, plaintext: { locale: 'ur', answers: { listened: 4 } } });
});

test('the easy-read version: one idea per screen, sealed as the easy-read form', async ({
  page,
}) => {
  const partnership = await createTestPartnership();
  await prepareDevice(page, partnership);
  await startKiosk(page);
  const toggle = page.getByRole('button', { name: 'Easy read' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('group', { name: 'Did we listen to you?' })).toBeVisible();
  await expect(page.locator('fieldset')).toHaveCount(1); // one idea per screen
  await page.getByRole('radio').first().check();
  await expectNoAxeViolations(page, 'easy-read question');
  for (let i = 0; i < 40; i++) {
    const send = page.getByRole('button', { name: 'Send my answers' });
    if (await send.count()) {
      await send.click();
      break;
    }
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  const [row] = await readOutbox(page);
  const [opened] = await openRecords(partnership.encryption, [row!.record]);
  expect(opened).toMatchObject({ ok: true, plaintext: { formId: 'survivor-feedback-easy-read' } });
  // The next person starts with the standard version again.
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('button', { name: 'Easy read' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});
