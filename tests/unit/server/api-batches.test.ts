// POST /api/v1/batches: idempotent per record, all-or-nothing per batch, durable before 200.
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BatchResponse, RecordsResponse } from '../../../protocol/api';
import type { SealedRecord } from '../../../protocol/sealed-record';
import { openRecords } from '../../../src/crypto';
import {
  createTestServer,
  initialise,
  sealRecords,
  type Initialised,
  type TestServer,
} from '../../support/server-fixtures';

let s: TestServer;
let ctx: Initialised;
beforeEach(async () => {
  s = await createTestServer();
  ctx = await initialise(s);
});
afterEach(() => s.close());

function post(records: unknown[], batchId: string = randomUUID(), token = ctx.device.token) {
  return s.request('POST', '/api/v1/batches', { token, json: { batchId, records } });
}

async function statuses(res: Response): Promise<string[]> {
  expect(res.status).toBe(200);
  return ((await res.json()) as BatchResponse).results.map((r) => r.status);
}

function rowsInFile(file: string): SealedRecord[] {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare('SELECT v, id, kid, enc, iv, ct FROM records ORDER BY seq')
      .all() as SealedRecord[];
  } finally {
    db.close();
  }
}

describe('POST /api/v1/batches', () => {
  it('stores new records, answers in input order, and they are durable at 200', async () => {
    const records = await sealRecords(s.partnership, 5);
    const batchId = randomUUID();
    const res = await post(records, batchId);
    expect(res.status).toBe(200);
    const body = (await res.json()) as BatchResponse;
    expect(body).toEqual({
      batchId,
      results: records.map((r) => ({ id: r.id, status: 'stored' })),
    });
    // A second connection to the same file sees every row: committed, not just in memory.
    expect(rowsInFile(s.dbFile)).toEqual(records);
  });

  it('replaying a whole batch is harmless: every record is a duplicate, nothing added', async () => {
    const records = await sealRecords(s.partnership, 20);
    const batchId = randomUUID();
    expect(await statuses(await post(records, batchId))).toEqual(Array(20).fill('stored'));
    expect(await statuses(await post(records, batchId))).toEqual(Array(20).fill('duplicate'));
    expect(rowsInFile(s.dbFile)).toHaveLength(20);
  });

  it('an altered record with a known id is a conflict; the original stays byte-identical', async () => {
    const [a, b] = await sealRecords(s.partnership, 2);
    await post([a!, b!]);
    const altered = { ...a!, ct: b!.ct };
    const fresh = (await sealRecords(s.partnership, 1))[0]!;
    expect(await statuses(await post([altered, fresh, b!]))).toEqual([
      'conflict',
      'stored',
      'duplicate',
    ]);
    const rows = rowsInFile(s.dbFile);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(a);
  });

  it('the same id twice in one batch: the first wins, the second is duplicate or conflict', async () => {
    const [a, b] = await sealRecords(s.partnership, 2);
    const altered = { ...a!, iv: b!.iv };
    expect(await statuses(await post([a!, a!, altered]))).toEqual([
      'stored',
      'duplicate',
      'conflict',
    ]);
    expect(rowsInFile(s.dbFile)).toEqual([a]);
  });

  it('stored records can be opened by the coordinator (records endpoint round trip)', async () => {
    const records = await sealRecords(s.partnership, 3);
    await post(records);
    const res = await s.request('GET', '/api/v1/records', { cookie: ctx.reviewer });
    const page = (await res.json()) as RecordsResponse;
    const opened = await openRecords(s.partnership.encryption, page.records);
    expect(opened.map((o) => (o.ok ? (o.plaintext as { n: number }).n : -1))).toEqual([0, 1, 2]);
  });

  it('one invalid record rejects the whole batch with its index, and stores nothing', async () => {
    const records = await sealRecords(s.partnership, 4);
    const bad = records.map((r, i) => (i === 2 ? { ...r, iv: 'AAAA' } : r));
    const res = await post(bad);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; details: { path: string }[] } };
    expect(body.error.code).toBe('invalid_batch');
    expect(body.error.details.map((d) => d.path)).toEqual(['records.2.iv']);
    expect(rowsInFile(s.dbFile)).toEqual([]);
  });

  it('a record sealed for another key id is refused (invalid_batch), nothing stored', async () => {
    const records = await sealRecords(s.partnership, 3);
    const foreign = records.map((r, i) => (i === 1 ? { ...r, kid: 'AAAAAAAAAAAAAAAAAAAAAA' } : r));
    const res = await post(foreign);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; details: { path: string }[] } };
    expect(body.error).toMatchObject({
      code: 'invalid_batch',
      details: [{ path: 'records.1.kid' }],
    });
    expect(rowsInFile(s.dbFile)).toEqual([]);
  });

  it('accepts 500 records and refuses 501', async () => {
    const records = await sealRecords(s.partnership, 501);
    const over = await post(records);
    expect(over.status).toBe(400);
    expect(((await over.json()) as { error: { code: string } }).error.code).toBe('invalid_batch');
    expect(await statuses(await post(records.slice(0, 500)))).toHaveLength(500);
  });

  it('refuses a body over 2 MiB (413), by Content-Length and by the bytes actually sent', async () => {
    const huge = JSON.stringify({
      batchId: randomUUID(),
      records: [],
      pad: 'x'.repeat(2 * 1024 * 1024),
    });
    const declared = await s.request('POST', '/api/v1/batches', {
      token: ctx.device.token,
      body: huge,
    });
    expect(declared.status).toBe(413);
    // A streamed body carries no Content-Length: the limit applies to the bytes read.
    const chunk = new TextEncoder().encode('x'.repeat(256 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 12) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await s.app.request('/api/v1/batches', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ctx.device.token}` },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as { error: { code: string } }).error.code).toBe('too_large');
  });

  it('updates the device last-seen day', async () => {
    s.clock.now += 3 * 86_400_000;
    await post(await sealRecords(s.partnership, 1));
    const devices = await s.store.listDevices(); // the admin's 8-hour session has expired
    expect(devices[0]!.lastSeenDay > devices[0]!.enrolledDay).toBe(true);
  });
});

describe('batch rate limit', () => {
  it('answers 429 with Retry-After once a device exceeds its burst, then recovers', async () => {
    const limited = await createTestServer({
      limits: { batches: { capacity: 2, perSecond: 0.5 } },
    });
    try {
      const { device } = await initialise(limited);
      const records = await sealRecords(limited.partnership, 1);
      const send = () =>
        limited.request('POST', '/api/v1/batches', {
          token: device.token,
          json: { batchId: randomUUID(), records },
        });
      expect((await send()).status).toBe(200);
      expect((await send()).status).toBe(200);
      const third = await send();
      expect(third.status).toBe(429);
      expect(third.headers.get('retry-after')).toBe('2');
      expect(((await third.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
      limited.clock.now += 2000;
      expect((await send()).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
