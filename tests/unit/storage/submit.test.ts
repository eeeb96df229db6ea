import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { localDay } from '../../../protocol/day';
import type { ResponsePlaintext } from '../../../protocol/response';
import { openRecords } from '../../../src/crypto';
import { createSubmitter } from '../../../src/forms/submit';
import { db } from '../../../src/storage/db';
import { enqueue, outboxSummary } from '../../../src/storage/outbox';
import { createTestPartnership, type TestPartnership } from '../../support/partnership';

function response(improve: string): ResponsePlaintext {
  return {
    v: 1,
    kind: 'response',
    formId: 'survivor-feedback',
    formVersion: 1,
    locale: 'en',
    day: localDay(),
    mode: 'kiosk',
    answers: { listened: 5, improve },
  };
}

/** Everything the outbox holds, as text, to search for plaintext. */
async function outboxText(): Promise<string> {
  return JSON.stringify(await db().outbox.toArray());
}

let partnership: TestPartnership;
beforeEach(async () => {
  await db().outbox.clear();
  partnership ??= await createTestPartnership();
});

describe('submit = seal + commit', () => {
  it('stores only the sealed record, which the partnership key opens', async () => {
    const submitter = createSubmitter(partnership.encryption.publicKeyRaw);
    const id = await submitter.submit(response('marker-8f2a waiting room'));
    const rows = await db().outbox.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id,
      formId: 'survivor-feedback',
      state: 'queued',
      attempts: 0,
    });
    expect(await outboxText()).not.toContain('marker-8f2a');
    const [opened] = await openRecords(partnership.encryption, [rows[0]!.record]);
    expect(opened).toMatchObject({ ok: true, plaintext: response('marker-8f2a waiting room') });
  });

  it('reuses one sealing session for many submits (one enc)', async () => {
    const submitter = createSubmitter(partnership.encryption.publicKeyRaw);
    for (let i = 0; i < 5; i++) await submitter.submit(response(`r${i}`));
    const rows = await db().outbox.toArray();
    expect(new Set(rows.map((r) => r.record.enc)).size).toBe(1);
    expect(new Set(rows.map((r) => r.id)).size).toBe(5);
  });

  it('writes nothing when sealing fails', async () => {
    const submitter = createSubmitter(partnership.encryption.publicKeyRaw);
    await expect(submitter.submit(response('x'.repeat(70_000)))).rejects.toThrow();
    expect(await db().outbox.count()).toBe(0);
  });

  it('writes nothing for a plaintext that breaks the schema', async () => {
    const submitter = createSubmitter(partnership.encryption.publicKeyRaw);
    const bad = { ...response('x'), day: '2026-13-40' };
    await expect(submitter.submit(bad)).rejects.toThrow();
    expect(await db().outbox.count()).toBe(0);
  });

  it('writes nothing when the commit fails, and keeps what was already queued', async () => {
    const submitter = createSubmitter(partnership.encryption.publicKeyRaw);
    await submitter.submit(response('first'));
    const [first] = await db().outbox.toArray();
    // A second add with the same id fails inside IndexedDB; the first row is untouched.
    await expect(enqueue(first!.record, 'survivor-feedback')).rejects.toThrow();
    expect(await db().outbox.toArray()).toEqual([first]);
  });

  it('refuses a public key that is not a P-256 point, storing nothing', async () => {
    const submitter = createSubmitter(new Uint8Array(65));
    await expect(submitter.submit(response('x'))).rejects.toThrow();
    expect(await db().outbox.count()).toBe(0);
  });

  it('summarises the outbox as counts per form, never content', async () => {
    const submitter = createSubmitter(partnership.encryption.publicKeyRaw);
    await submitter.submit(response('a'));
    await submitter.submit(response('b'));
    expect(await outboxSummary()).toEqual({
      waiting: 2,
      conflicts: 0,
      rejected: 0,
      byForm: { 'survivor-feedback': 2 },
    });
  });
});
