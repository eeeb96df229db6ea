import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/storage/db';
import { outboxSummary } from '../../../src/storage/outbox';
import { getSyncStatus } from '../../../src/storage/sync-state';
import { nextWakeAt, runSync } from '../../../src/sync';
import { backoffDelay } from '../../../src/sync/backoff';
import {
  clock,
  deps,
  errorBody,
  FakeServer,
  outboxIds,
  queue,
  resetDevice,
  rowsByState,
} from './helpers';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const sorted = (ids: Iterable<string>) => [...ids].sort();

beforeEach(resetDevice);

describe('runSync: a record leaves the outbox only once acknowledged', () => {
  it('sends everything due; all stored → outbox empty, success recorded', async () => {
    const ids = await queue(3);
    const queued = await db().outbox.toArray();
    const server = new FakeServer();
    const c = clock();

    const outcome = await runSync(deps(server, c));

    expect(outcome).toEqual({ kind: 'sent', stored: 3, duplicates: 0, conflicts: 0, rejected: 0 });
    expect(await db().outbox.count()).toBe(0);
    expect(sorted(server.stored.keys())).toEqual(sorted(ids));
    const [req] = server.requests;
    expect(req!.url).toBe('https://hearth.example/api/v1/batches');
    expect(req!.authorization).toBe('Bearer device-token-1');
    expect(req!.batchId).toMatch(UUID_V4);
    // What crossed the wire is exactly the sealed records the outbox held.
    expect(sorted(req!.records.map((r) => JSON.stringify(r)))).toEqual(
      sorted(queued.map((row) => JSON.stringify(row.record))),
    );
    expect(await getSyncStatus()).toEqual({ lastAttemptAt: c.t, lastSuccessAt: c.t });
  });

  it('makes no request when nothing is queued', async () => {
    const server = new FakeServer();
    expect(await runSync(deps(server, clock()))).toEqual({ kind: 'nothing-to-send' });
    expect(server.requests).toHaveLength(0);
  });

  it('counts a duplicate as sent: it leaves the outbox', async () => {
    await queue(3);
    const server = new FakeServer();
    const [first] = await db().outbox.toArray();
    server.store(first!.record); // the server already has this one, byte for byte

    const outcome = await runSync(deps(server, clock()));

    expect(outcome).toEqual({ kind: 'sent', stored: 2, duplicates: 1, conflicts: 0, rejected: 0 });
    expect(await db().outbox.count()).toBe(0);
  });

  it('keeps a conflict aside, counts it, and never resends it, not even with force', async () => {
    const [a, b] = await queue(2);
    const server = new FakeServer();
    server.stored.set(a!, '{"other":"content"}');
    const c = clock();

    const outcome = await runSync(deps(server, c));

    expect(outcome).toEqual({ kind: 'sent', stored: 1, duplicates: 0, conflicts: 1, rejected: 0 });
    const [row] = await rowsByState('conflict');
    expect(row).toMatchObject({ id: a, state: 'conflict' });
    expect(row!.lastError).toMatch(/different/);
    expect(await outboxIds()).toEqual([a]);
    expect(server.stored.has(b!)).toBe(true);
    expect(await outboxSummary()).toMatchObject({ waiting: 0, conflicts: 1, rejected: 0 });

    c.t += 3_600_000;
    expect(await runSync(deps(server, c))).toEqual({ kind: 'nothing-to-send' });
    expect(await runSync(deps(server, c), { force: true })).toEqual({ kind: 'nothing-to-send' });
    expect(server.requests).toHaveLength(1);
    expect(await nextWakeAt()).toBeUndefined();
  });

  it('retries records missing from the results, after their own backoff', async () => {
    const ids = await queue(5);
    const server = new FakeServer();
    server.script.push({ kind: 'partial', answer: 3 });
    const c = clock();
    const start = c.t;

    const first = await runSync(deps(server, c), { force: true });

    expect(first).toEqual({ kind: 'sent', stored: 3, duplicates: 0, conflicts: 0, rejected: 0 });
    expect(server.requests).toHaveLength(1); // not resent within the same run, even forced
    const waiting = await rowsByState('queued');
    expect(waiting).toHaveLength(2);
    const due = start + backoffDelay(1, () => 0.5);
    for (const row of waiting) {
      expect(row).toMatchObject({
        attempts: 1,
        nextAttemptAt: due,
        lastError: 'Not acknowledged.',
      });
    }
    expect(await runSync(deps(server, c))).toEqual({ kind: 'nothing-to-send' });
    expect(await nextWakeAt()).toBe(due);

    c.t = due;
    const second = await runSync(deps(server, c));
    expect(second).toEqual({ kind: 'sent', stored: 2, duplicates: 0, conflicts: 0, rejected: 0 });
    expect(await db().outbox.count()).toBe(0);
    expect(sorted(server.stored.keys())).toEqual(sorted(ids));
    expect([...server.storeCount.values()].every((n) => n === 1)).toBe(true);
  });

  it('Hearth-Waiting counts queued rows that are not due yet, but not conflicts', async () => {
    await queue(5);
    const server = new FakeServer();
    server.script.push({ kind: 'partial', answer: 3 });
    const c = clock();
    await runSync(deps(server, c), { force: true }); // 2 rows left waiting for their backoff
    const [conflicted] = await queue(1);
    await db().outbox.update(conflicted!, { state: 'conflict' });
    await queue(4);

    await runSync(deps(server, c)); // only the 4 new rows are due

    expect(server.requests.map((r) => [r.records.length, r.waiting])).toEqual([
      [5, '0'],
      [4, '2'],
    ]);
  });

  it('sends records queued while a run is under way in the same run', async () => {
    await queue(2);
    const server = new FakeServer();
    let late: string[] = [];
    server.script.push({
      kind: 'handle',
      fn: async (req) => {
        late = await queue(3);
        const results = req.records.map((r) => ({ id: r.id, status: server.store(r) }));
        return Response.json({ batchId: req.batchId, results });
      },
    });
    const progress: { sent: number; total: number }[] = [];

    const outcome = await runSync(deps(server, clock()), { onProgress: (p) => progress.push(p) });

    expect(outcome).toMatchObject({ kind: 'sent', stored: 5 });
    for (const id of late) expect(server.stored.has(id)).toBe(true);
    expect(progress.at(-1)).toEqual({ sent: 5, total: 5 });
  });
});

describe('runSync: batches', () => {
  it('sends more than 500 records in batches of at most 500, reporting progress', async () => {
    const ids = await queue(1001);
    const server = new FakeServer();
    const progress: { sent: number; total: number }[] = [];

    const outcome = await runSync(deps(server, clock()), { onProgress: (p) => progress.push(p) });

    expect(outcome).toMatchObject({ kind: 'sent', stored: 1001 });
    expect(server.requests.map((r) => r.records.length)).toEqual([500, 500, 1]);
    // Each batch tells the server what is still waiting behind it.
    expect(server.requests.map((r) => r.waiting)).toEqual(['501', '1', '0']);
    expect(new Set(server.requests.map((r) => r.batchId)).size).toBe(3);
    expect(progress).toEqual([
      { sent: 0, total: 1001 },
      { sent: 500, total: 1001 },
      { sent: 1000, total: 1001 },
      { sent: 1001, total: 1001 },
    ]);
    expect(sorted(server.stored.keys())).toEqual(sorted(ids));
    expect(server.sentIds()).toHaveLength(1001);
    expect(await db().outbox.count()).toBe(0);
  });

  it('413 too_large halves the batch and retries at once', async () => {
    const ids = await queue(40);
    const server = new FakeServer();
    server.maxRecords = 10;

    const outcome = await runSync(deps(server, clock()));

    expect(outcome).toMatchObject({ kind: 'sent', stored: 40 });
    expect(server.requests.map((r) => r.records.length)).toEqual([40, 20, 10, 10, 10, 10]);
    expect(sorted(server.stored.keys())).toEqual(sorted(ids));
  });

  it('413 for a single record backs off and keeps it', async () => {
    await queue(2);
    const server = new FakeServer();
    server.maxRecords = 0;
    const c = clock();

    const outcome = await runSync(deps(server, c));

    expect(outcome).toMatchObject({
      kind: 'retry-later',
      error: 'Even one response was too large.',
    });
    expect(server.requests.map((r) => r.records.length)).toEqual([2, 1]);
    expect(await rowsByState('queued')).toHaveLength(2);
  });

  it('400 invalid_batch naming records: those are rejected and kept, the rest go', async () => {
    const ids = await queue(5);
    const server = new FakeServer();
    let named: string[] = [];
    server.script.push({
      kind: 'handle',
      fn: (req) => {
        named = [req.records[1]!.id, req.records[3]!.id];
        const details = [
          { path: 'records.1.kid', message: 'is not the partnership key id' },
          { path: 'records.3', message: 'expected object' },
          { path: 'records.3.ct', message: 'ignored: one reason per record' },
        ];
        return Response.json(errorBody('invalid_batch', 'Bad records.', details), { status: 400 });
      },
    });

    const outcome = await runSync(deps(server, clock()));

    expect(outcome).toEqual({ kind: 'sent', stored: 3, duplicates: 0, conflicts: 0, rejected: 2 });
    expect(server.requests.map((r) => r.records.length)).toEqual([5, 3]);
    const rejected = await rowsByState('rejected');
    expect(sorted(rejected.map((r) => r.id))).toEqual(sorted(named));
    const reasons = Object.fromEntries(rejected.map((r) => [r.id, r.lastError]));
    expect(reasons[named[0]!]).toBe('Refused by the server: kid: is not the partnership key id');
    expect(reasons[named[1]!]).toBe('Refused by the server: expected object');
    expect(sorted(server.stored.keys())).toEqual(sorted(ids.filter((id) => !named.includes(id))));
    expect(await outboxSummary()).toMatchObject({ waiting: 0, conflicts: 0, rejected: 2 });
    expect(await runSync(deps(server, clock()), { force: true })).toEqual({
      kind: 'nothing-to-send',
    });
  });

  it('400 invalid_batch without record indices backs off, rejecting nothing', async () => {
    await queue(2);
    const server = new FakeServer();
    const details = [{ path: 'batchId', message: 'expected uuid' }];
    server.script.push({
      kind: 'reply',
      status: 400,
      body: errorBody('invalid_batch', 'Bad batch.', details),
    });

    const outcome = await runSync(deps(server, clock()));

    expect(outcome).toMatchObject({ kind: 'retry-later' });
    expect(await rowsByState('queued')).toHaveLength(2);
    expect(await rowsByState('rejected')).toHaveLength(0);
  });
});

describe('runSync: nothing is lost', () => {
  it('a crash between the server storing and the device deleting → duplicate next time', async () => {
    const ids = await queue(4);
    const server = new FakeServer();
    server.script.push({ kind: 'store-then-drop' });
    const c = clock();

    const first = await runSync(deps(server, c));
    expect(first).toMatchObject({ kind: 'retry-later', error: 'The server could not be reached.' });
    expect(sorted(server.stored.keys())).toEqual(sorted(ids));
    expect(await outboxIds()).toEqual(sorted(ids)); // the device still holds every record

    if (first.kind !== 'retry-later') throw new Error('unreachable');
    c.t = first.retryAt;
    const second = await runSync(deps(server, c));

    expect(second).toEqual({ kind: 'sent', stored: 0, duplicates: 4, conflicts: 0, rejected: 0 });
    expect(await db().outbox.count()).toBe(0);
    expect([...server.storeCount.values()]).toEqual([1, 1, 1, 1]);
  });

  it('an earlier acknowledged batch stays acknowledged when a later one fails', async () => {
    await queue(7);
    const server = new FakeServer();
    server.script.push(undefined, { kind: 'network' });
    const c = clock();

    const outcome = await runSync(deps(server, c, { batchSize: 4 }));

    expect(outcome).toMatchObject({ kind: 'retry-later' });
    expect(server.stored.size).toBe(4);
    expect(await rowsByState('queued')).toHaveLength(3);
    expect(await getSyncStatus()).toMatchObject({ lastSuccessAt: c.t, failures: 1 });
  });
});
