import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordsResponse } from '../../../protocol/api';
import type { SealedRecord } from '../../../protocol/sealed-record';
import { openRecords } from '../../../src/crypto';
import { createSubmitter } from '../../../src/forms/submit';
import { db } from '../../../src/storage/db';
import { enqueue, outboxSummary } from '../../../src/storage/outbox';
import { getSyncStatus } from '../../../src/storage/sync-state';
import { runSync, type SyncDeps } from '../../../src/sync';
import { createLocalLockManager } from '../../../src/sync/lock';
import { createTestPartnership } from '../../support/partnership';
import { createTestServer, initialise, type Initialised } from '../../support/server-fixtures';
import { clock, queue, resetDevice, response, testPartnership } from './helpers';

// The sync engine against the real endpoint: the Hono app in-process as `fetch`, over a real
// SQLite file, with a device enrolled through the real API and real sealed records.

let env: Initialised;
beforeEach(async () => {
  await resetDevice();
  env = await initialise(await createTestServer({ partnership: await testPartnership() }));
});
afterEach(() => env.s.close());

function deviceDeps(overrides: Partial<SyncDeps> = {}): SyncDeps & { requests: number } {
  const d = {
    requests: 0,
    fetch: (input: string, init: RequestInit) => {
      d.requests++;
      return Promise.resolve(env.s.app.request(input, init));
    },
    baseUrl: 'http://localhost',
    getToken: () => Promise.resolve(env.device.token),
    now: clock().now,
    random: () => 0.5,
    locks: createLocalLockManager(),
    ...overrides,
  };
  return d;
}

/** Everything the server holds, via the coordinator API, oldest first. */
async function serverRecords(): Promise<SealedRecord[]> {
  const out: SealedRecord[] = [];
  let after: string | null = '0';
  while (after !== null) {
    const res = await env.s.request('GET', `/api/v1/records?after=${after}&limit=5000`, {
      cookie: env.admin,
    });
    expect(res.status).toBe(200);
    const page = (await res.json()) as RecordsResponse;
    for (const row of page.records) {
      const record: Partial<typeof row> = { ...row };
      delete record.seq;
      delete record.receivedDay;
      out.push(record as SealedRecord);
    }
    after = page.records.length === 0 ? null : page.next;
  }
  return out;
}

const byId = (records: readonly SealedRecord[]) =>
  new Map(records.map((r) => [r.id, JSON.stringify(r)]));

describe('sync against the real endpoint (SQLite)', () => {
  it('syncs 1 200 real sealed records: each stored exactly once; a replay is duplicate', async () => {
    const ids = await queue(1200);
    const queued = (await db().outbox.toArray()).map((row) => ({ ...row }));
    const d = deviceDeps();
    const progress: number[] = [];

    const outcome = await runSync(d, { onProgress: (p) => progress.push(p.sent) });

    expect(outcome).toEqual({
      kind: 'sent',
      stored: 1200,
      duplicates: 0,
      conflicts: 0,
      rejected: 0,
    });
    expect(d.requests).toBe(3);
    expect(progress).toEqual([0, 500, 1000, 1200]);
    // The last batch told the server nothing is left on the device.
    const devices = await env.s.request('GET', '/api/v1/devices', { cookie: env.admin });
    expect(await devices.json()).toMatchObject({ devices: [{ waiting: 0 }] });
    expect(await db().outbox.count()).toBe(0);
    expect((await getSyncStatus()).lastSuccessAt).toBeDefined();

    const stored = await serverRecords();
    expect(stored).toHaveLength(1200);
    expect(new Set(stored.map((r) => r.id)).size).toBe(1200);
    expect([...byId(stored).keys()].sort()).toEqual([...ids].sort());
    // Byte for byte what the device sealed, and the partnership key opens it.
    expect(byId(stored)).toEqual(byId(queued.map((row) => row.record)));
    const opened = await openRecords((await testPartnership()).encryption, stored.slice(0, 20));
    expect(opened.every((o) => o.ok)).toBe(true);

    // Replaying every record (a device restored from a backup, say) changes nothing.
    await db().outbox.bulkAdd(queued);
    const replay = await runSync(d);
    expect(replay).toEqual({
      kind: 'sent',
      stored: 0,
      duplicates: 1200,
      conflicts: 0,
      rejected: 0,
    });
    expect(await db().outbox.count()).toBe(0);
    expect(await serverRecords()).toHaveLength(1200);
  });

  it('loses nothing when the answer is lost after the server committed', async () => {
    const ids = await queue(30);
    const c = clock();
    let drop = true;
    const d = deviceDeps({ now: c.now });
    const real = d.fetch;
    d.fetch = async (input, init) => {
      const res = await real(input, init); // the server has committed the batch
      if (drop) {
        drop = false;
        throw new TypeError('connection reset');
      }
      return res;
    };

    const first = await runSync(d);
    expect(first.kind).toBe('retry-later');
    expect(await db().outbox.count()).toBe(30);
    expect(await serverRecords()).toHaveLength(30);

    c.t += 10 * 60_000;
    expect(await runSync(d)).toMatchObject({ kind: 'sent', stored: 0, duplicates: 30 });
    expect(await db().outbox.count()).toBe(0);
    expect([...byId(await serverRecords()).keys()].sort()).toEqual([...ids].sort());
  });

  it('keeps a conflicting record aside, and rejects records sealed for another partnership', async () => {
    const [first] = await queue(1);
    await runSync(deviceDeps());
    // Same id, other content: the server stored the first and refuses this one as a conflict.
    const mine = createSubmitter((await testPartnership()).encryption.publicKeyRaw);
    const other = (await db().outbox.get(await mine.submit(response(99))))!;
    await db().outbox.delete(other.id);
    await enqueue({ ...other.record, id: first! }, 'survivor-feedback');
    // Two records sealed for a partnership this server does not know.
    const foreign = createSubmitter(
      (await createTestPartnership('Elsewhere')).encryption.publicKeyRaw,
    );
    await foreign.submit(response(1));
    await foreign.submit(response(2));
    const good = await queue(3);

    const outcome = await runSync(deviceDeps());

    expect(outcome).toEqual({ kind: 'sent', stored: 3, duplicates: 0, conflicts: 1, rejected: 2 });
    expect(await outboxSummary()).toMatchObject({ waiting: 0, conflicts: 1, rejected: 2 });
    const rejected = await db().outbox.where('state').equals('rejected').toArray();
    for (const row of rejected) expect(row.lastError).toMatch(/kid: is not the partnership key id/);
    const onServer = byId(await serverRecords());
    expect(onServer.size).toBe(4);
    for (const id of good) expect(onServer.has(id)).toBe(true);
  });

  it('a revoked device stops, keeping every record', async () => {
    const res = await env.s.request('DELETE', `/api/v1/devices/${env.device.deviceId}`, {
      cookie: env.admin,
    });
    expect(res.status).toBe(204);
    const ids = await queue(5);

    expect(await runSync(deviceDeps())).toEqual({ kind: 'stopped', reason: 'revoked' });
    expect((await db().outbox.toArray()).map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(await getSyncStatus()).toMatchObject({ stopped: 'revoked' });
    expect(await serverRecords()).toHaveLength(0);
  });

  it('an unknown token stops as unauthenticated', async () => {
    await queue(2);
    const d = deviceDeps({ getToken: () => Promise.resolve('not-a-real-token') });
    expect(await runSync(d)).toEqual({ kind: 'stopped', reason: 'unauthenticated' });
    expect(await db().outbox.count()).toBe(2);
  });

  it("honours the server's rate limit (429 Retry-After)", async () => {
    await env.s.close();
    env = await initialise(
      await createTestServer({
        partnership: await testPartnership(),
        limits: { batches: { capacity: 1, perSecond: 1 / 30 } },
      }),
    );
    await queue(3);
    const c = clock();
    const d = deviceDeps({ now: c.now, batchSize: 2 });

    const first = await runSync(d);
    expect(first).toMatchObject({ kind: 'retry-later', retryAt: c.t + 30_000 });
    expect(await db().outbox.count()).toBe(1);
    expect(await runSync(d, { force: true })).toMatchObject({ kind: 'retry-later' });
    expect(d.requests).toBe(2);
  });
});
