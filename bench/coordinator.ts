// Budget: the coordinator fetches, decrypts and aggregates 100 000 records in the browser
// (design §10: ≤ 5 s, with a progress bar). Realistic sealed records (bench/coordinator-
// records.ts) are POSTed to a real server (SQLite) by enrolled devices; then, in Chromium on
// a fresh profile, the harness signs in and runs the real pipeline (src/coordinator/review/
// pipeline: fetch by cursor → ciphertext cache → decrypt worker) and the real analysis code
// (overview + every form's summary). Reference in the same page: bare AES-GCM decrypt of the
// same records. A second run reopens the warm cache (what a reload or offline review costs).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromBase64url, toBase64url } from '../protocol/base64url';
import type { SealedRecord } from '../protocol/sealed-record';
import { exportPrivateKey, openRecords } from '../src/crypto';
import {
  RECORD_KEY_BYTES,
  RECORD_KEY_CONTEXT_BYTES,
  SESSION_INFO_BYTES,
  suite,
} from '../src/crypto/suite';
import { ADMIN } from '../tests/support/coordinator-api';
import { createTestPartnership, type TestPartnership } from '../tests/support/partnership';
import { batchBody, benchServer, enrolDevice, inBatches, postBatch } from './api';
import { openContext } from './browser';
import type { PipelineRun, RawRun } from './coordinator-harness';
import { realisticRecords, type Counts } from './coordinator-records';
import { cpuSince, processCpu, type CpuSample } from './process-cpu';
import { round } from './stats';

/** A device may send a burst of 20 batches (server/http/context.ts DEFAULT_LIMITS). */
const BATCHES_PER_DEVICE = 20;
const POST_CONCURRENCY = 4;

export interface CoordinatorResult {
  counts: Counts;
  /** First load on an empty cache: everything fetched, cached, opened and aggregated. */
  cold: PipelineRun;
  /** What Chromium's processes used during the cold load (Linux only). */
  coldCpu?: CpuSample;
  /** Second load: the cache already holds everything; the server has nothing new. */
  warm: PipelineRun;
  raw: RawRun;
  /** Every record opened into a valid row; the aggregation saw every survivor response. */
  allOpened: boolean;
  seedSeconds: number;
}

export async function benchCoordinator(
  distDir: string,
  harnessDir: string,
  n: number,
): Promise<CoordinatorResult> {
  const partnership = await createTestPartnership();
  const { records, counts } = await realisticRecords(partnership.encryption.publicKeyRaw, n);
  const survivors = await expectedSurvivors(partnership, records);
  // The app and the harness on one origin: the harness under /bench-coordinator/.
  const dist = mkdtempSync(path.join(tmpdir(), 'hearth-bench-dist-'));
  cpSync(distDir, dist, { recursive: true });
  cpSync(harnessDir, path.join(dist, 'bench-coordinator'), { recursive: true });
  const bench = await benchServer(dist, partnership);
  try {
    const t0 = performance.now();
    await postAll(bench, records);
    const seedSeconds = round((performance.now() - t0) / 1000);
    const { context, close } = await openContext(bench.server.url);
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      await page.goto('/bench-coordinator/coordinator-harness.html');
      await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
      await page.evaluate(
        ([email, password]) => window.signIn(email!, password!),
        [ADMIN.email, ADMIN.password],
      );
      const privateKey = toBase64url(await exportPrivateKey(partnership.encryption.privateKey));
      const publicKey = toBase64url(partnership.encryption.publicKeyRaw);
      const recordKeys = await sessionKeys(partnership, records);
      const raw: RawRun = await page.evaluate((keys) => window.runRawDecrypt(keys), recordKeys);
      const run = () =>
        page.evaluate(([pk, pub]) => window.runPipeline(pk!, pub!), [privateKey, publicKey]);
      const before = processCpu('chromium');
      const cold = await run();
      const coldCpu = cpuSince(before, 'chromium');
      const warm = await run();
      if (errors.length) throw new Error(`harness page errors:\n${errors.join('\n')}`);
      const allOpened = [cold, warm].every(
        (r) =>
          r.responses === counts.responses &&
          r.deviceEvents === counts.events &&
          r.unreadable === 0 &&
          r.survivorResponses === survivors,
      );
      if (raw.opened !== n) throw new Error(`raw decrypt opened ${raw.opened} of ${n}`);
      return {
        counts,
        cold: tidy(cold),
        ...(coldCpu ? { coldCpu } : {}),
        warm: tidy(warm),
        raw: { ...raw, ms: round(raw.ms) },
        allOpened,
        seedSeconds,
      };
    } finally {
      await close();
    }
  } finally {
    await bench.stop();
    rmSync(dist, { recursive: true, force: true });
  }
}

function tidy(run: PipelineRun): PipelineRun {
  return {
    ...run,
    ms: round(run.ms),
    fetchedMs: round(run.fetchedMs),
    decryptedMs: round(run.decryptedMs),
    aggregateMs: round(run.aggregateMs),
  };
}

/** POSTs every record over the real API, one device per BATCHES_PER_DEVICE batches. */
async function postAll(bench: Awaited<ReturnType<typeof benchServer>>, records: SealedRecord[]) {
  const batches = inBatches(records);
  const devices = Math.ceil(batches.length / BATCHES_PER_DEVICE);
  const tokens: string[] = [];
  for (let i = 0; i < devices; i++) tokens.push(await enrolDevice(bench, `bench tablet ${i + 1}`));
  let next = 0;
  await Promise.all(
    Array.from({ length: POST_CONCURRENCY }, async () => {
      for (let i = next++; i < batches.length; i = next++) {
        const token = tokens[Math.floor(i / BATCHES_PER_DEVICE)]!;
        await postBatch(bench.server.url, token, batchBody(batches[i]!));
      }
    }),
  );
}

/**
 * The reference needs each session's AES key as bytes: derived here (Node) with the same HPKE
 * receiver setup and exporter as the app, so the page times nothing but AES-GCM.
 */
async function sessionKeys(p: TestPartnership, records: SealedRecord[]) {
  const out: Record<string, string> = {};
  for (const enc of new Set(records.map((r) => r.enc))) {
    const recipient = await suite.createRecipientContext({
      recipientKey: p.encryption.privateKey,
      enc: fromBase64url(enc).slice().buffer,
      info: SESSION_INFO_BYTES,
    });
    const key = new Uint8Array(await recipient.export(RECORD_KEY_CONTEXT_BYTES, RECORD_KEY_BYTES));
    out[enc] = toBase64url(key);
  }
  return out;
}

/** Survivor-feedback responses among the records, counted in Node from the plaintexts. */
async function expectedSurvivors(p: TestPartnership, records: SealedRecord[]): Promise<number> {
  const opened = await openRecords(p.encryption, records);
  return opened.filter(
    (o) => o.ok && (o.plaintext as { formId?: string }).formId === 'survivor-feedback',
  ).length;
}
