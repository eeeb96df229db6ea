// Budget: 10 000 queued records synced end-to-end (design §10: ≤ 5 s). A device enrolled
// through the app's own screen in Chromium, its outbox seeded with real sealed records, then
// "Send now" until the outbox is empty and the server holds exactly those records. Reference
// in the same run: the same records POSTed from Node, 500 at a time, to another fresh server.
import type { Page } from 'playwright-core';
import type { SealedRecord } from '../protocol/sealed-record';
import { enrolThroughScreen, openOutreachWithPin } from '../tests/e2e/support/device';
import { sealMany, seedOutbox } from '../tests/e2e/support/outbox-seed';
import { allServerRecords } from '../tests/e2e/support/server-records';
import { createTestPartnership, type TestPartnership } from '../tests/support/partnership';
import { batchBody, benchServer, enrolDevice, inBatches, postBatch, sameSet } from './api';
import { openContext } from './browser';
import { round, summarise, type Summary } from './stats';

const SEED_CHUNK = 2000; // ~1.1 MB of JSON per page.evaluate (records of ~570 B)

export interface SyncResult {
  records: number;
  /** Click → the button says "Send now" again: the run is over (it ends with a config check). */
  doneMs: number;
  /** Click → the panel shows 0 waiting (the engine's last progress report). */
  emptyMs: number;
  /** Batch POSTs the page made, and their HTTP statuses (all 200, or the figure is wrong). */
  batches: number;
  statuses: Record<number, number>;
  /** Click → first batch request started: counting what is due, reading the first 500. */
  firstRequestMs: number;
  /** Sum of the batch requests' durations (resource timing); the rest is the page's work. */
  inRequestsMs: number;
  /** The same records from Node: sequential POSTs, each request body built in the loop. */
  direct: { ms: number; perBatch: Summary };
  /** Exactly the seeded records on the server, each once; the outbox is empty. */
  allStored: boolean;
}

export async function benchSync(distDir: string, n: number): Promise<SyncResult> {
  const partnership = await createTestPartnership();
  const records = await sealMany(partnership.encryption.publicKeyRaw, n, 'sync');
  const direct = await directPosts(distDir, partnership, records);
  const browser = await browserSync(distDir, partnership, records);
  return { records: n, ...browser, direct };
}

async function directPosts(distDir: string, partnership: TestPartnership, records: SealedRecord[]) {
  const bench = await benchServer(distDir, partnership);
  try {
    const token = await enrolDevice(bench, 'direct');
    const perBatch: number[] = [];
    const t0 = performance.now();
    for (const rows of inBatches(records)) {
      const start = performance.now();
      await postBatch(bench.server.url, token, batchBody(rows));
      perBatch.push(performance.now() - start);
    }
    const ms = round(performance.now() - t0);
    if (!sameSet(await allServerRecords(bench.coord), records)) throw new Error('direct: lost');
    return { ms, perBatch: summarise(perBatch) };
  } finally {
    await bench.stop();
  }
}

async function browserSync(distDir: string, partnership: TestPartnership, records: SealedRecord[]) {
  const bench = await benchServer(distDir, partnership);
  const { context, close } = await openContext(bench.server.url);
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await enrolTablet(page, (await bench.coord.createEnrolmentCode()).code);
    // Counted from before seeding: a batch sent before the click would show up here.
    const statuses: number[] = [];
    page.on('response', (res) => {
      if (new URL(res.url()).pathname === '/api/v1/batches') statuses.push(res.status());
    });
    // Seeded on the enrolled /outreach page: its start-up sync has found nothing and its next
    // automatic look is 60 s away (src/app/sync-service.ts), so only the click sends these.
    for (let i = 0; i < records.length; i += SEED_CHUNK) {
      await seedOutbox(page, records.slice(i, i + SEED_CHUNK));
    }
    const timing = await page.evaluate(timeSendNow, 60_000);
    if (errors.length) throw new Error(`page errors:\n${errors.join('\n')}`);
    const left = await page.evaluate(outboxCount);
    const stored = await allServerRecords(bench.coord);
    return {
      doneMs: round(timing.doneMs),
      emptyMs: round(timing.emptyMs),
      firstRequestMs: round(timing.firstRequestMs),
      inRequestsMs: round(timing.inRequestsMs),
      batches: statuses.length,
      statuses: Object.fromEntries(
        [...new Set(statuses)].map((s) => [s, statuses.filter((x) => x === s).length]),
      ),
      allStored: left === 0 && sameSet(stored, records),
    };
  } finally {
    await close();
    await bench.stop();
  }
}

/** Enrol through the app's own screen, then wait for the start-up sync to be over. */
async function enrolTablet(page: Page, code: string): Promise<void> {
  await openOutreachWithPin(page);
  await enrolThroughScreen(page, code, 'Bench tablet');
  const sendNow = page.getByRole('button', { name: 'Send now' });
  await page.waitForFunction(() => {
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent === 'Send now',
    );
    return button !== undefined && !button.disabled;
  });
  if (!(await sendNow.isEnabled())) throw new Error('"Send now" is disabled after enrolment');
}

function outboxCount(): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('hearth');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction('outbox').objectStore('outbox').count();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    };
  });
}

/**
 * In the page: click "Send now" and note, from the sync panel itself, when it shows nothing
 * waiting and when the run is over (the button is back). A MutationObserver sees both in the
 * task that renders them. Not polled: an IndexedDB count of 10 000 rows takes ~80 ms here and
 * would queue ahead of the engine's own reads and deletes. No local named functions: tsx
 * would wrap them in a __name() helper the page does not have (see bench/kiosk.ts).
 */
function timeSendNow(timeoutMs: number) {
  return new Promise<{
    emptyMs: number;
    doneMs: number;
    firstRequestMs: number;
    inRequestsMs: number;
  }>((resolve, reject) => {
    const PANEL = '[aria-labelledby="sync-title"]'; // re-queried: a re-render may replace it
    const button = document.querySelector<HTMLButtonElement>(`${PANEL} button`);
    if (button?.textContent?.trim() !== 'Send now' || button.disabled) {
      reject(new Error('no enabled "Send now" button'));
      return;
    }
    performance.clearResourceTimings();
    let sending = false;
    let emptyAt: number | undefined;
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`not done in ${timeoutMs} ms (sending: ${sending})`));
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      const label = document.querySelector(`${PANEL} button`)?.textContent?.trim();
      const waiting = document.querySelector(
        `${PANEL} [data-testid="outbox-waiting"]`,
      )?.textContent;
      if (label === 'Sending…') sending = true;
      if (sending && waiting === '0 responses') emptyAt ??= performance.now();
      if (!sending || label !== 'Send now') return;
      const doneAt = performance.now();
      clearTimeout(timer);
      observer.disconnect();
      const batches = performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname === '/api/v1/batches');
      resolve({
        emptyMs: (emptyAt ?? NaN) - t0,
        doneMs: doneAt - t0,
        firstRequestMs: (batches[0]?.startTime ?? NaN) - t0,
        inRequestsMs: batches.reduce((sum, e) => sum + e.duration, 0),
      });
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    const t0 = performance.now();
    button.click();
  });
}
