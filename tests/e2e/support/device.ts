import { expect, type Page } from '@playwright/test';
import type { SealedRecord } from '../../../protocol/sealed-record';
import type { TestPartnership } from '../../support/partnership';

export const STAFF_PIN = '482916';

/** Wait until the service worker controls the page, so the app is cached for offline use. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
          once: true,
        }),
      );
    }
  });
}

/** First visit: load /outreach online (the app is then cached) and set the staff PIN. */
export async function openOutreachWithPin(page: Page): Promise<void> {
  await page.goto('/outreach');
  await waitForServiceWorker(page);
  await page.getByLabel('New PIN', { exact: true }).fill(STAFF_PIN);
  await page.getByLabel('New PIN again').fill(STAFF_PIN);
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await expect(page.getByText('Staff PIN saved.')).toBeVisible();
}

/** Enrol on the /outreach screen with a one-time code; waits for the sending panel. */
export async function enrolThroughScreen(page: Page, code: string, name?: string): Promise<void> {
  await page.getByLabel('Enrolment code').fill(code);
  if (name) await page.getByLabel('Name for this tablet (optional)').fill(name);
  await page.getByRole('button', { name: 'Enrol' }).click();
  await expect(page.getByRole('button', { name: 'Send now' })).toBeVisible();
}

/** First visit, offline preparation: staff PIN and a signed setup file. */
export async function prepareDevice(page: Page, partnership: TestPartnership): Promise<void> {
  await openOutreachWithPin(page);
  const file = await partnership.setupFile();
  await page.getByLabel('Setup file').setInputFiles({
    name: 'hearth-setup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(page.getByText(/^Set up for /)).toBeVisible();
}

/** From /outreach, enter kiosk mode and wait for the Start button to be ready. */
export async function startKiosk(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start kiosk' }).click();
  await expect(page).toHaveURL(/\/kiosk$/);
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
}

/** One respondent: Start → intro → answer a couple of questions → Send → thank-you. */
export async function completeKiosk(page: Page, improve?: string): Promise<void> {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  // First screen: answer the first agree-scale question.
  await page.getByRole('radio', { name: 'Agree', exact: true }).first().check();
  for (let i = 0; i < 30; i++) {
    if (
      improve !== undefined &&
      (await page.getByLabel('What is one thing we could do better?').count())
    ) {
      await page.getByLabel('What is one thing we could do better?').fill(improve);
      improve = undefined;
    }
    const send = page.getByRole('button', { name: 'Send my answers' });
    if (await send.count()) {
      await send.click();
      break;
    }
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Thank you' })).toBeVisible();
}

/** Every row of the outbox, read straight from IndexedDB as the browser stores it. */
export async function readOutbox(page: Page): Promise<Array<{ id: string; record: SealedRecord }>> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('hearth');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('outbox', 'readonly');
          const all = tx.objectStore('outbox').getAll();
          all.onsuccess = () => {
            resolve(all.result);
            open.result.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/**
 * Every place a browser can keep data for this origin, flattened to text: all IndexedDB
 * databases and stores, localStorage, sessionStorage, Cache Storage bodies, the URL.
 */
export async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [location.href, JSON.stringify(history.state)];
    const stringify = (v: unknown) =>
      JSON.stringify(v, (_k, x: unknown) =>
        x instanceof ArrayBuffer || ArrayBuffer.isView(x)
          ? new TextDecoder().decode(x instanceof ArrayBuffer ? x : (x as Uint8Array))
          : x,
      );
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store, 'readonly').objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        parts.push(stringify(rows));
      }
      db.close();
    }
    for (const storage of [localStorage, sessionStorage]) {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i)!;
        parts.push(key, storage.getItem(key) ?? '');
      }
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        parts.push(request.url, await (await cache.match(request))!.text());
      }
    }
    return parts.join('\n');
  });
}
