// Runs in Chromium (built by bench/vite.config.ts, driven by bench/submit.ts). It times the
// app's real submit path (src/forms/submit: zod check + AES-GCM seal + Dexie add) against a
// bare IndexedDB put of a record of the same shape and size, in the same page.
import { localDay } from '../protocol/day';
import type { ResponsePlaintext } from '../protocol/response';
import { generatePartnershipKeyPair, openSealingSession } from '../src/crypto';
import { createSubmitter } from '../src/forms/submit';
import { outboxSummary } from '../src/storage/outbox';

export interface BenchRun {
  /** Milliseconds per operation, warm-up excluded, in run order. */
  samples: number[];
  /** Rows in the store afterwards: proves every operation really landed. */
  stored: number;
  /** Size of the stored row as JSON (what a "same-sized record" means here). */
  rowBytes: number;
}

// ~500 characters of free text: the longest answer a kiosk respondent realistically types.
const IMPROVE =
  'It took a long time to get a call back the first time I rang, and I nearly gave up. ' +
  'When I did get through, the worker was kind and did not rush me, which helped a lot. ' +
  'It would be better if there was a way to leave a message saying a safe time to call, ' +
  'because I could not always answer. The group sessions were good but they were in the ' +
  'evening and I had nobody to look after the children. Maybe a daytime group, or a creche. ' +
  'Thank you for listening to me and for believing me when other people did not.';

/** Every question of the survivor-feedback form answered, as the kiosk would seal it. */
export function realisticPlaintext(): ResponsePlaintext {
  return {
    v: 1,
    kind: 'response',
    formId: 'survivor-feedback',
    formVersion: 1,
    locale: 'en',
    day: localDay(),
    mode: 'kiosk',
    answers: {
      listened: 4,
      respected: 5,
      had_a_say: 3,
      safer: 4,
      daily_life: 'prefer_not_to_say',
      know_help: 5,
      times_told: 'two_three',
      recommend: 'yes',
      improve: IMPROVE,
      about_you: 'yes',
      age_band: 'age_35_44',
      gender: 'woman',
      disability: 'no',
      ethnicity: 'white',
      lgbt: 'prefer_not_to_say',
    },
  };
}

async function timeEach(n: number, warmup: number, op: () => Promise<unknown>) {
  const samples: number[] = [];
  for (let i = 0; i < warmup + n; i++) {
    const t0 = performance.now();
    await op();
    const dt = performance.now() - t0;
    if (i >= warmup) samples.push(dt);
  }
  return samples;
}

/** The app's path: one submitter (one HPKE session, opened during warm-up), n submits. */
async function runSubmitBench(n: number, warmup = 20): Promise<BenchRun> {
  const { publicKeyRaw } = await generatePartnershipKeyPair();
  const submitter = createSubmitter(publicKeyRaw);
  const plaintext = realisticPlaintext();
  // Dexie's add() resolves only after its transaction completes, so this is seal + commit.
  const samples = await timeEach(n, warmup, () => submitter.submit(plaintext));
  const rowBytes = JSON.stringify(await sampleRow(publicKeyRaw)).length;
  return { samples, stored: (await outboxSummary()).waiting, rowBytes };
}

/** A row shaped exactly like an outbox row (src/storage/db.ts OutboxRow), really sealed. */
async function sampleRow(publicKeyRaw: Uint8Array) {
  const record = await (await openSealingSession(publicKeyRaw)).seal(realisticPlaintext());
  return {
    id: record.id,
    formId: 'survivor-feedback',
    state: 'queued',
    attempts: 0,
    nextAttemptAt: 0,
    record,
  };
}

/**
 * The floor: its own database and store (key path only, no indexes), one put per
 * readwrite transaction with strict durability (as the outbox uses: src/storage/db.ts),
 * awaited until the transaction's complete event.
 */
async function runRawPutBench(n: number, warmup = 20): Promise<BenchRun> {
  const { publicKeyRaw } = await generatePartnershipKeyPair();
  const template = await sampleRow(publicKeyRaw);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('bench-raw-put', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('rows', { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  // Fresh ids made up front so the timed region holds nothing but the put and the commit.
  const rows = Array.from({ length: warmup + n }, () => {
    const id = crypto.randomUUID();
    return { ...template, id, record: { ...template.record, id } };
  });
  let next = 0;
  const samples = await timeEach(n, warmup, () => put(db, rows[next++]));
  const stored = await new Promise<number>((resolve, reject) => {
    const req = db.transaction('rows').objectStore('rows').count();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  db.close();
  return { samples, stored, rowBytes: JSON.stringify(template).length };
}

function put(db: IDBDatabase, row: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('rows', 'readwrite', { durability: 'strict' });
    tx.objectStore('rows').put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

declare global {
  interface Window {
    runSubmitBench: typeof runSubmitBench;
    runRawPutBench: typeof runRawPutBench;
  }
}
window.runSubmitBench = runSubmitBench;
window.runRawPutBench = runRawPutBench;
document.getElementById('status')!.textContent = 'ready';
