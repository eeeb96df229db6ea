import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { generateDeviceKey, sealDraft } from '../../../src/crypto';
import { HearthDb, db } from '../../../src/storage/db';
import {
  DraftRow,
  clearDrafts,
  deleteDraft,
  getDraft,
  listDrafts,
  saveDraft,
} from '../../../src/storage/drafts';

// The drafts table (Dexie v3): only the encrypted draft and what staff need to list it.

let key: CryptoKey;
async function row(id: string, overrides: Partial<DraftRow> = {}): Promise<DraftRow> {
  key ??= await generateDeviceKey();
  const kind = overrides.kind ?? 'questionnaire';
  return {
    id,
    kind,
    formId: kind === 'attendance' ? 'event-attendance' : 'experts-by-experience',
    updatedDay: '2025-03-14',
    draft: await sealDraft(key, kind, id, { answers: { first: 'x' } }),
    ...overrides,
  };
}

beforeEach(async () => {
  await clearDrafts();
});

describe('drafts table', () => {
  it('is added by an append-only schema version 3, next to the outbox', async () => {
    await db().open();
    expect(db().verno).toBe(3);
    expect(
      db()
        .tables.map((t) => t.name)
        .sort(),
    ).toEqual(['drafts', 'outbox']);
    expect(db().drafts.schema.primKey.name).toBe('id');
    expect(db().drafts.schema.indexes.map((i) => i.name)).toEqual(['kind']);
  });

  it('upgrades a version-2 database, keeping its outbox rows', async () => {
    const name = 'hearth-upgrade-v3-test';
    const old = new Dexie(name);
    old.version(1).stores({ outbox: 'id, state, formId, nextAttemptAt' });
    old.version(2).stores({ outbox: 'id, state, formId, nextAttemptAt, [state+nextAttemptAt]' });
    await old.table('outbox').add({ id: 'r1', state: 'queued', formId: 'f', nextAttemptAt: 0 });
    old.close();

    const upgraded = new HearthDb(name);
    expect(await upgraded.outbox.get('r1')).toMatchObject({ id: 'r1', state: 'queued' });
    expect(await upgraded.drafts.count()).toBe(0);
    expect(upgraded.verno).toBeGreaterThanOrEqual(3);
    upgraded.close();
    await Dexie.delete(name);
  });

  it('saves, reads, replaces and deletes a draft', async () => {
    const a = await row('a', { label: 'EbE questionnaire' });
    await saveDraft(a);
    expect(await getDraft('a')).toEqual(a);
    const a2 = await row('a', { updatedDay: '2025-03-15' });
    await saveDraft(a2);
    expect(await getDraft('a')).toEqual(a2);
    expect(await db().drafts.count()).toBe(1);
    await deleteDraft('a');
    expect(await getDraft('a')).toBeUndefined();
    await deleteDraft('a'); // deleting an absent draft is fine
    expect(await getDraft('never')).toBeUndefined();
  });

  it('lists drafts, by kind, most recent day first', async () => {
    await saveDraft(await row('q1', { updatedDay: '2025-03-01', label: 'Training feedback' }));
    await saveDraft(await row('q2', { updatedDay: '2025-03-09', label: 'EbE questionnaire' }));
    await saveDraft(await row('s1', { kind: 'attendance', label: 'Spring fair' }));
    expect((await listDrafts()).map((r) => r.id)).toEqual(['s1', 'q2', 'q1']);
    expect((await listDrafts('questionnaire')).map((r) => r.id)).toEqual(['q2', 'q1']);
    expect((await listDrafts('attendance')).map((r) => r.id)).toEqual(['s1']);
  });

  it('refuses to store a row with a time of day, content fields or a bad draft', async () => {
    const good = await row('a');
    const bad: unknown[] = [
      { ...good, updatedDay: '2025-03-14T10:32:00Z' },
      { ...good, updatedAt: Date.now() },
      { ...good, answers: { first: 'x' } },
      { ...good, kind: 'feedback' },
      { ...good, draft: { iv: good.draft.iv } },
      { ...good, id: '' },
      { ...good, label: 'x'.repeat(201) },
    ];
    for (const value of bad) await expect(saveDraft(value as DraftRow)).rejects.toThrow();
    expect(await db().drafts.count()).toBe(0);
  });

  it('treats corrupt rows as absent when reading', async () => {
    await saveDraft(await row('ok'));
    const good = await row('corrupt');
    await db().drafts.put({ ...good, draft: { iv: 'short', ct: '' } });
    await db().drafts.put({ ...good, id: 'timed', updatedDay: 'yesterday' });
    expect(await getDraft('corrupt')).toBeUndefined();
    expect(await getDraft('timed')).toBeUndefined();
    expect((await listDrafts()).map((r) => r.id)).toEqual(['ok']);
  });
});
