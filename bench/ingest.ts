// Budget: endpoint ingest, durable (design §10: ≥ 5 000 records/s on 2 cores). Real sealed
// records POSTed over loopback HTTP to a real server process, timed until the last 200, beside
// raw better-sqlite3 inserts of the same rows (same schema, WAL + synchronous=FULL, one
// transaction per batch) in the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { localDay } from '../protocol/day';
import type { SealedRecord } from '../protocol/sealed-record';
import { migrate } from '../server/store/sqlite-migrations';
import { sealMany } from '../tests/e2e/support/outbox-seed';
import { allServerRecords } from '../tests/e2e/support/server-records';
import { createTestPartnership } from '../tests/support/partnership';
import { batchBody, benchServer, enrolDevice, inBatches, postBatch, sameSet } from './api';
import { round, summarise, type Summary } from './stats';

export interface Rate {
  ms: number;
  perSecond: number;
  /** Per batch: an HTTP round trip (endpoint) or one transaction (raw). */
  perBatch: Summary;
}

export interface IngestResult {
  records: number;
  batches: number;
  /** Requests in flight at once, one device each. */
  concurrency: number;
  endpoint: Rate;
  raw: Rate;
  /** The server holds exactly the records sent (warm-up included), each once. */
  allStored: boolean;
}

const rate = (n: number, ms: number, perBatch: number[]): Rate => ({
  ms: round(ms),
  perSecond: Math.round((n / ms) * 1000),
  perBatch: summarise(perBatch),
});

export async function benchIngest(
  distDir: string,
  n: number,
  concurrency: number,
): Promise<IngestResult> {
  const partnership = await createTestPartnership();
  // One untimed batch first on each side: JIT, statement caches and the file's first pages.
  const [warmup, ...timed] = inBatches(
    await sealMany(partnership.encryption.publicKeyRaw, n + 500, 'ingest'),
  ) as [SealedRecord[], ...SealedRecord[][]];

  const raw = rawInserts(warmup, timed);

  const bench = await benchServer(distDir, partnership);
  try {
    // One device per connection: 20 000 records are 40 batches, and a device may send a burst
    // of 20 (then 2/s: server/http/context.ts DEFAULT_LIMITS, no environment knob). Each
    // device here sends ≤ 20, so nothing is throttled (a 429 would fail the bench).
    const tokens: string[] = [];
    for (let i = 0; i < concurrency; i++) tokens.push(await enrolDevice(bench, `bench ${i + 1}`));
    if (1 + Math.ceil(timed.length / concurrency) > 20) throw new Error('beyond the burst of 20');
    const url = bench.server.url;
    await postBatch(url, tokens[0]!, batchBody(warmup));
    // Serialised before the clock starts: the client shares the two cores with the server.
    const bodies = timed.map(batchBody);
    const perBatch: number[] = [];
    const t0 = performance.now();
    await Promise.all(
      tokens.map(async (token, worker) => {
        for (let i = worker; i < bodies.length; i += concurrency) {
          const start = performance.now();
          await postBatch(url, token, bodies[i]!);
          perBatch.push(performance.now() - start);
        }
      }),
    );
    const endpoint = rate(n, performance.now() - t0, perBatch);
    const stored = await allServerRecords(bench.coord);
    return {
      records: n,
      batches: timed.length,
      concurrency,
      endpoint,
      raw,
      allStored: sameSet(stored, [...warmup, ...timed.flat()]),
    };
  } finally {
    await bench.stop();
  }
}

/**
 * The floor: the server's own migrations on a fresh file in the same tmpdir (so the very same
 * records table, indexes and foreign key), the server's pragmas, one prepared INSERT, one
 * IMMEDIATE transaction per batch. No HTTP, no JSON, no validation.
 */
function rawInserts(warmup: SealedRecord[], batches: SealedRecord[][]): Rate {
  const dir = mkdtempSync(path.join(tmpdir(), 'hearth-bench-raw-'));
  const db = new Database(path.join(dir, 'raw.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    const day = localDay();
    db.prepare(
      `INSERT INTO devices (id, name, token_hash, enrolled_day, last_seen_day)
       VALUES ('raw', 'raw', 'raw', ?, ?)`,
    ).run(day, day);
    const insert = db.prepare(
      `INSERT INTO records (id, v, kid, enc, iv, ct, received_day, device_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'raw')`,
    );
    const store = db.transaction((rows: readonly SealedRecord[]) => {
      for (const r of rows) insert.run(r.id, r.v, r.kid, r.enc, r.iv, r.ct, day);
    }).immediate;
    store(warmup);
    const perBatch: number[] = [];
    const t0 = performance.now();
    for (const rows of batches) {
      const start = performance.now();
      store(rows);
      perBatch.push(performance.now() - start);
    }
    const result = rate(batches.flat().length, performance.now() - t0, perBatch);
    const { count } = db
      .prepare<[], { count: number }>('SELECT count(*) AS count FROM records')
      .get()!;
    if (count !== warmup.length + batches.flat().length) throw new Error(`raw: ${count} rows`);
    return result;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
