import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { localDay } from '../../../protocol/day';
import { DraftError } from '../../../src/crypto';
import {
  discardDraft,
  listDraftSummaries,
  loadDraft,
  saveEncryptedDraft,
  wipeDrafts,
} from '../../../src/device/drafts';
import { EMPTY_TALLY, increment, parseTallyState, toAnswers } from '../../../src/forms/tally';
import { db } from '../../../src/storage/db';
import {
  forgetDeviceKey,
  getDeviceKey,
  readDeviceKey,
} from '../../../src/storage/device-key-store';
import { getDraft } from '../../../src/storage/drafts';
import { dumpIndexedDb } from './helpers';

// Paused drafts end to end: device key + draft box + drafts table, real WebCrypto and
// fake-indexeddb. The point: nothing a person answered is readable anywhere in IndexedDB.

const Q = 'c7d1e2f3-a4b5-4c6d-8e7f-9a0b1c2d3e4f';
const SHEET = 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b';
const MARKER = 'marker-7Qz9 my neighbour';

beforeEach(async () => {
  await wipeDrafts();
});

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe('encrypted drafts on the device', () => {
  it('round-trips a paused questionnaire', async () => {
    const value = { answers: { clear: 4, change_first: MARKER }, screen: 3 };
    await saveEncryptedDraft(
      'questionnaire',
      Q,
      'experts-by-experience',
      'EbE questionnaire',
      value,
    );
    expect(await loadDraft(Q)).toEqual({
      id: Q,
      kind: 'questionnaire',
      formId: 'experts-by-experience',
      label: 'EbE questionnaire',
      updatedDay: localDay(),
      value,
    });
    expect(await loadDraft('absent')).toBeUndefined();
  });

  it('keeps no plaintext anywhere in IndexedDB (raw rows, every database)', async () => {
    await saveEncryptedDraft('questionnaire', Q, 'experts-by-experience', 'EbE questionnaire', {
      answers: { change_first: MARKER },
    });
    let tally = EMPTY_TALLY;
    for (let i = 0; i < 7; i++) tally = increment(tally, 'age_band', 'band_marker_x4k');
    await saveEncryptedDraft('attendance', SHEET, 'event-attendance', 'Spring fair', tally);

    const dump = await dumpIndexedDb();
    expect(dump).toContain('Spring fair'); // the dump really covers the drafts table ...
    expect(dump).toContain('hearth-device'); // ... and the kv store with the device key
    expect(dump).not.toContain('marker-7Qz9');
    expect(dump).not.toContain('neighbour');
    expect(dump).not.toContain('band_marker_x4k');
    expect(dump).not.toContain('age_band');
    expect(dump).not.toContain('change_first');

    const raw = await db().drafts.toArray();
    expect(raw).toHaveLength(2);
    for (const r of raw) {
      expect(Object.keys(r).sort()).toEqual([
        'draft',
        'formId',
        'id',
        'kind',
        'label',
        'updatedDay',
      ]);
      expect(r.updatedDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('survives a reload: the sheet reopens with its tallies after the modules restart', async () => {
    let tally = EMPTY_TALLY;
    tally = increment(increment(tally, 'gender', 'woman'), 'gender', 'not_recorded');
    await saveEncryptedDraft('attendance', SHEET, 'event-attendance', 'Spring fair', tally);

    vi.resetModules();
    const reloaded = await import('../../../src/device/drafts');
    const loaded = await reloaded.loadDraft(SHEET);
    expect(loaded?.kind).toBe('attendance');
    const restored = parseTallyState(loaded?.value);
    expect(restored).toEqual(tally);
    expect(toAnswers(restored!)).toEqual({ gender: { woman: 1, not_recorded: 1 } });
  });

  it('applies quick successive saves in call order (the last tap wins)', async () => {
    let tally = EMPTY_TALLY;
    const saves: Promise<void>[] = [];
    for (let i = 0; i < 25; i++) {
      tally = increment(tally, 'engaged', 'people');
      saves.push(saveEncryptedDraft('attendance', SHEET, 'event-attendance', 'Fair', tally));
    }
    await Promise.all(saves);
    expect(parseTallyState((await loadDraft(SHEET))?.value)?.counts).toEqual({
      engaged: { people: 25 },
    });
  });

  it('does not let a save still in flight bring back a discarded draft', async () => {
    const save = saveEncryptedDraft('questionnaire', Q, 'f', undefined, { a: 1 });
    const discard = discardDraft(Q);
    await Promise.all([save, discard]);
    expect(await getDraft(Q)).toBeUndefined();
    expect(await loadDraft(Q)).toBeUndefined();
  });

  it('lists paused drafts without their content, and discards them', async () => {
    await saveEncryptedDraft('questionnaire', Q, 'training-feedback', 'Training feedback', {
      a: 1,
    });
    await saveEncryptedDraft('attendance', SHEET, 'event-attendance', 'Spring fair', EMPTY_TALLY);
    const all = await listDraftSummaries();
    expect(all.map((d) => d.id).sort()).toEqual([Q, SHEET].sort());
    for (const summary of all) expect(summary).not.toHaveProperty('draft');
    expect(await listDraftSummaries('attendance')).toEqual([
      {
        id: SHEET,
        kind: 'attendance',
        formId: 'event-attendance',
        label: 'Spring fair',
        updatedDay: localDay(),
      },
    ]);
    await discardDraft(SHEET);
    expect((await listDraftSummaries()).map((d) => d.id)).toEqual([Q]);
    // No label given: the row has none.
    await saveEncryptedDraft('questionnaire', 'q2', 'f', undefined, {});
    expect(await getDraft('q2')).not.toHaveProperty('label');
  });

  it('refuses a draft copied into another slot', async () => {
    await saveEncryptedDraft('questionnaire', Q, 'f', 'A', { who: 'first' });
    await saveEncryptedDraft('questionnaire', 'other', 'f', 'B', { who: 'second' });
    const first = (await db().drafts.get(Q))!;
    await db().drafts.update('other', { draft: first.draft });
    expect(await errorOf(loadDraft('other'))).toMatchObject({
      name: 'DraftError',
      code: 'unauthentic',
    });
    // Relabelling the kind breaks the AAD too.
    await db().drafts.update(Q, { kind: 'attendance' });
    expect(await errorOf(loadDraft(Q))).toBeInstanceOf(DraftError);
  });

  it('makes old drafts unreadable once the device key is forgotten or replaced', async () => {
    await saveEncryptedDraft('questionnaire', Q, 'f', undefined, { a: 1 });
    await forgetDeviceKey();
    expect(await errorOf(loadDraft(Q))).toMatchObject({ name: 'DraftError', code: 'no-key' });
    expect(await readDeviceKey()).toBeUndefined(); // loading never creates a key
    await getDeviceKey(); // a new key, e.g. after another draft was saved
    expect(await errorOf(loadDraft(Q))).toMatchObject({ name: 'DraftError', code: 'unauthentic' });
  });

  it('wipeDrafts deletes every draft and the key', async () => {
    await saveEncryptedDraft('questionnaire', Q, 'f', undefined, { a: 1 });
    await saveEncryptedDraft('attendance', SHEET, 'event-attendance', 'Fair', EMPTY_TALLY);
    await wipeDrafts();
    expect(await db().drafts.count()).toBe(0);
    expect(await readDeviceKey()).toBeUndefined();
    expect(await listDraftSummaries()).toEqual([]);
  });
});
