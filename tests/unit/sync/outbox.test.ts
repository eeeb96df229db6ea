import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, HearthDb } from '../../../src/storage/db';
import {
  countDue,
  dueRecords,
  earliestAttemptAt,
  markConflicts,
  markRejected,
  outboxSummary,
  removeSent,
  scheduleRetry,
} from '../../../src/storage/outbox';
import { queue, resetDevice } from './helpers';

const NOW = 1_000_000;
beforeEach(resetDevice);

const row = async (id: string) => (await db().outbox.get(id))!;

describe('outbox bookkeeping for sync', () => {
  it('dueRecords: queued rows due by now, soonest first, limited, skipping ids', async () => {
    const [a, b, c, d] = await queue(4);
    await scheduleRetry([b!], NOW + 10, 'x');
    await scheduleRetry([c!], NOW - 10, 'x');
    await markConflicts([d!]);

    expect((await dueRecords(NOW, 10, false)).map((r) => r.id)).toEqual([a, c]);
    expect((await dueRecords(NOW, 1, false)).map((r) => r.id)).toEqual([a]);
    expect((await dueRecords(NOW, 10, true)).map((r) => r.id)).toEqual([a, c, b]);
    expect((await dueRecords(NOW, 1, true, new Set([a!]))).map((r) => r.id)).toEqual([c]);
    expect(await dueRecords(NOW, 0, true)).toEqual([]);
    expect(await countDue(NOW, false)).toBe(2);
    expect(await countDue(NOW, true)).toBe(3);
    expect(await earliestAttemptAt()).toBe(0);
  });

  it('earliestAttemptAt ignores rows kept aside and is undefined when nothing is queued', async () => {
    const [a, b] = await queue(2);
    await markConflicts([a!]);
    await scheduleRetry([b!], NOW + 5, 'x');
    expect(await earliestAttemptAt()).toBe(NOW + 5);
    await markRejected([{ id: b!, message: 'bad' }]);
    expect(await earliestAttemptAt()).toBeUndefined();
  });

  it('removeSent deletes exactly the given rows, and nothing for an empty list', async () => {
    const [a, b, c] = await queue(3);
    await removeSent([]);
    await removeSent([a!, c!, 'not-there']);
    expect((await db().outbox.toArray()).map((r) => r.id)).toEqual([b]);
  });

  it('scheduleRetry counts attempts and leaves rows kept aside alone', async () => {
    const [a, b] = await queue(2);
    await markConflicts([b!]);
    await scheduleRetry([a!, b!], NOW + 100, 'The server could not be reached.');
    await scheduleRetry([a!], NOW + 200, 'again');
    expect(await row(a!)).toMatchObject({
      attempts: 2,
      nextAttemptAt: NOW + 200,
      lastError: 'again',
    });
    expect(await row(b!)).toMatchObject({ state: 'conflict', attempts: 0, nextAttemptAt: 0 });
  });

  it('markRejected keeps each reason; the summary counts waiting, conflicts and rejected', async () => {
    const [a, b, c] = await queue(4);
    await markRejected([
      { id: a!, message: 'kid: wrong' },
      { id: b!, message: 'ct: too long' },
    ]);
    await markConflicts([c!]);
    expect(await row(a!)).toMatchObject({ state: 'rejected', lastError: 'kid: wrong' });
    expect(await row(b!)).toMatchObject({ state: 'rejected', lastError: 'ct: too long' });
    expect(await outboxSummary()).toEqual({
      waiting: 1,
      conflicts: 1,
      rejected: 2,
      byForm: { 'survivor-feedback': 2, 'event-feedback': 2 },
    });
  });
});

describe('database v2 migration', () => {
  it('keeps v1 outbox rows and indexes them for sync', async () => {
    const name = 'hearth-upgrade-test';
    await queue(1);
    const source = (await db().outbox.toArray())[0]!;

    const v1 = new Dexie(name);
    v1.version(1).stores({ outbox: 'id, state, formId, nextAttemptAt' });
    await v1.table('outbox').add({ ...source, nextAttemptAt: 5 });
    v1.close();

    const v2 = new HearthDb(name);
    const rows = await v2.outbox
      .where('[state+nextAttemptAt]')
      .between(['queued', -Infinity], ['queued', 10], true, true)
      .toArray();
    expect(rows).toEqual([{ ...source, nextAttemptAt: 5 }]);
    expect(v2.verno).toBeGreaterThanOrEqual(2); // later versions keep the outbox too
    v2.close();
    await Dexie.delete(name);
  });
});
