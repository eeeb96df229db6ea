import type { Page } from '@playwright/test';
import { localDay } from '../../../protocol/day';
import type { SealedRecord } from '../../../protocol/sealed-record';
import { openSealingSession } from '../../../src/crypto';

/**
 * Real sealed records (real HPKE session, real AES-GCM) for bulk sync tests, each carrying
 * a plaintext marker so a test can prove the marker never rests anywhere unencrypted.
 */
export async function sealMany(
  publicKeyRaw: Uint8Array,
  n: number,
  marker: string,
): Promise<SealedRecord[]> {
  const session = await openSealingSession(publicKeyRaw);
  const out: SealedRecord[] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      await session.seal({
        v: 1,
        kind: 'response',
        formId: 'survivor-feedback',
        formVersion: 1,
        locale: 'en',
        day: localDay(),
        mode: 'kiosk',
        answers: { listened: (i % 5) + 1, improve: `${marker} #${i}` },
      }),
    );
  }
  return out;
}

/**
 * Put records into the device's outbox exactly as the app queues them (the app must have
 * opened its database already, e.g. by showing /outreach).
 */
export async function seedOutbox(page: Page, records: SealedRecord[]): Promise<void> {
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('hearth');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('outbox', 'readwrite');
          for (const record of rows) {
            tx.objectStore('outbox').add({
              id: record.id,
              formId: 'survivor-feedback',
              state: 'queued',
              attempts: 0,
              nextAttemptAt: 0,
              record,
            });
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}

/** The device's bearer token, as the app stored it at enrolment. */
export async function deviceToken(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('hearth-device');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('kv').objectStore('kv').get('device');
          req.onsuccess = () => resolve((req.result as { token: string }).token);
          req.onerror = () => reject(req.error);
        };
      }),
  );
}
