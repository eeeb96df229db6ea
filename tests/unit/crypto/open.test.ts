import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromBase64url, toBase64url } from '../../../protocol/base64url';
import type { SealedRecord } from '../../../protocol/sealed-record';
import {
  createRecordOpener,
  generatePartnershipKeyPair,
  openRecords,
  openSealingSession,
  randomId,
  type Opened,
} from '../../../src/crypto';
import { suite } from '../../../src/crypto/suite';
import { fixture, flipBit, sealMany } from './helpers';

function okIds(results: Opened[]): string[] {
  return results.filter((r) => r.ok).map((r) => r.id);
}

/** Opens [good, bad, good] and checks only the bad one fails, with an error result. */
async function expectOnlyMiddleFails(
  keyPair: Awaited<ReturnType<typeof generatePartnershipKeyPair>>,
  [a, bad, c]: [SealedRecord, SealedRecord, SealedRecord],
  error: RegExp,
) {
  const results = await openRecords(keyPair, [a, bad, c]);
  expect(results.map((r) => r.id)).toEqual([a.id, bad.id, c.id]);
  expect(results[0]).toEqual({ id: a.id, ok: true, plaintext: { n: 0 }, text: '{"n":0}' });
  expect(results[1]).toMatchObject({ id: bad.id, ok: false, error: expect.stringMatching(error) });
  expect(results[2]).toEqual({ id: c.id, ok: true, plaintext: { n: 2 }, text: '{"n":2}' });
}

describe('openRecords', () => {
  afterEach(() => vi.restoreAllMocks());

  it('opens records whose iv and ct are bytes (a binary page) as their JSON form', async () => {
    const { keyPair, session } = await fixture();
    const records = await sealMany(session, 3);
    const asBytes = records.map((r) => ({
      ...r,
      iv: fromBase64url(r.iv),
      ct: fromBase64url(r.ct),
    }));
    expect(await openRecords(keyPair, asBytes)).toEqual(await openRecords(keyPair, records));
    const tampered = asBytes.map((r, i) =>
      i === 1 ? { ...r, ct: r.ct.map((b, j) => (j === 9 ? b ^ 1 : b)) } : r,
    );
    const results = await openRecords(keyPair, tampered);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(results[1]).toMatchObject({ ok: false, error: expect.stringMatching(/auth/) });
    const shortIv = await openRecords(keyPair, [
      { ...asBytes[0]!, iv: asBytes[0]!.iv.subarray(1) },
    ]);
    expect(shortIv[0]).toMatchObject({ ok: false, error: 'malformed iv' });
  });

  it('fails a record whose ct was tampered with, and still opens the others', async () => {
    const { keyPair, session } = await fixture();
    const [a, b, c] = await sealMany(session, 3);
    await expectOnlyMiddleFails(keyPair, [a!, { ...b!, ct: flipBit(b!.ct, 5) }, c!], /auth/);
    // The GCM tag itself (last 16 bytes) is covered too.
    const tagByte = Math.floor((b!.ct.length * 3) / 4) - 1;
    await expectOnlyMiddleFails(keyPair, [a!, { ...b!, ct: flipBit(b!.ct, tagByte) }, c!], /auth/);
  });

  it('fails a record whose iv was tampered with', async () => {
    const { keyPair, session } = await fixture();
    const [a, b, c] = await sealMany(session, 3);
    await expectOnlyMiddleFails(keyPair, [a!, { ...b!, iv: flipBit(b!.iv) }, c!], /auth/);
  });

  it('fails a record whose id was changed (aad binds the id)', async () => {
    const { keyPair, session } = await fixture();
    const [a, b, c] = await sealMany(session, 3);
    await expectOnlyMiddleFails(keyPair, [a!, { ...b!, id: randomId() }, c!], /auth/);
    // Swapping ids between two genuine records is caught as well.
    const results = await openRecords(keyPair, [
      { ...a!, id: b!.id },
      { ...b!, id: a!.id },
    ]);
    expect(results.map((r) => r.ok)).toEqual([false, false]);
  });

  it('fails a record whose kid was changed, as an error result', async () => {
    const { keyPair, session } = await fixture();
    const [a, b, c] = await sealMany(session, 3);
    const otherKid = flipBit(b!.kid);
    await expectOnlyMiddleFails(keyPair, [a!, { ...b!, kid: otherKid }, c!], /kid mismatch/);
  });

  it('fails a record whose enc was swapped for another session’s', async () => {
    const { keyPair, session } = await fixture();
    const other = await openSealingSession(keyPair.publicKeyRaw);
    const [a, b, c] = await sealMany(session, 3);
    const swapped = { ...b!, enc: other.enc };
    await expectOnlyMiddleFails(keyPair, [a!, swapped, c!], /auth/);
    // And the other session's own records still open alongside.
    const theirs = await other.seal({ from: 'other' });
    const results = await openRecords(keyPair, [swapped, theirs]);
    expect(results.map((r) => r.ok)).toEqual([false, true]);
  });

  it('fails a record whose enc is not a valid point, without affecting other sessions', async () => {
    const { keyPair, session } = await fixture();
    const [a, b, c] = await sealMany(session, 3);
    const bogus = new Uint8Array(65).fill(9);
    bogus[0] = 0x04;
    await expectOnlyMiddleFails(keyPair, [a!, { ...b!, enc: toBase64url(bogus) }, c!], /enc/);
    await expectOnlyMiddleFails(keyPair, [a!, { ...b!, enc: 'AAAA' }, c!], /enc/);
  });

  it('fails malformed fields as error results, never throws', async () => {
    const { keyPair, session } = await fixture();
    const [a, b, c] = await sealMany(session, 3);
    await expectOnlyMiddleFails(keyPair, [a!, { ...b!, iv: 'AAAA' }, c!], /iv/);
    await expectOnlyMiddleFails(keyPair, [a!, { ...b!, ct: 'not base64!' }, c!], /malformed/);
    const v2 = { ...b!, v: 2 } as unknown as SealedRecord;
    await expectOnlyMiddleFails(keyPair, [a!, v2, c!], /version/);
  });

  it('fails with the wrong private key', async () => {
    const { keyPair, session } = await fixture();
    const records = await sealMany(session, 2);
    const stranger = await generatePartnershipKeyPair();
    // Another partnership's key pair: refused on kid before any decryption.
    const byKid = await openRecords(stranger, records);
    expect(byKid.every((r) => !r.ok && /kid mismatch/.test(r.error))).toBe(true);
    // Wrong private key presented with the right public key: decryption fails.
    const wrong = { privateKey: stranger.privateKey, publicKeyRaw: keyPair.publicKeyRaw };
    const results = await openRecords(wrong, records);
    expect(results.every((r) => !r.ok && /auth/.test(r.error))).toBe(true);
  });

  it('opens records of one session independently, out of order and with gaps', async () => {
    const { keyPair, session } = await fixture();
    const r = await sealMany(session, 6);
    const outOfOrder = [r[4]!, r[1]!, r[3]!];
    const results = await openRecords(keyPair, outOfOrder);
    expect(results).toEqual(
      outOfOrder.map((x, i) => {
        const n = [4, 1, 3][i];
        return { id: x.id, ok: true, plaintext: { n }, text: `{"n":${n}}` };
      }),
    );
    const single = await openRecords(keyPair, [r[5]!]);
    expect(single).toEqual([{ id: r[5]!.id, ok: true, plaintext: { n: 5 }, text: '{"n":5}' }]);
    expect(await openRecords(keyPair, [])).toEqual([]);
  });

  it('opens a mixed batch of several sessions with one HPKE setup per session', async () => {
    const { keyPair } = await fixture();
    const s1 = await openSealingSession(keyPair.publicKeyRaw);
    const s2 = await openSealingSession(keyPair.publicKeyRaw);
    const batch = [...(await sealMany(s1, 4)), ...(await sealMany(s2, 4))].reverse();
    const setups = vi.spyOn(suite, 'createRecipientContext');
    const results = await openRecords(keyPair, batch);
    expect(okIds(results)).toEqual(batch.map((x) => x.id));
    expect(setups).toHaveBeenCalledTimes(2);
  });

  it('an opener reuses session keys across pages', async () => {
    const { keyPair, session } = await fixture();
    const records = await sealMany(session, 4);
    const setups = vi.spyOn(suite, 'createRecipientContext');
    const opener = createRecordOpener(keyPair);
    expect(okIds(await opener.open(records.slice(0, 2)))).toHaveLength(2);
    expect(okIds(await opener.open(records.slice(2)))).toHaveLength(2);
    expect(setups).toHaveBeenCalledTimes(1);
  });

  it('opens a batch larger than the concurrency window in input order', async () => {
    const { keyPair, session } = await fixture();
    const records = await Promise.all(Array.from({ length: 600 }, (_, n) => session.seal({ n })));
    const results = await openRecords(keyPair, records);
    expect(results.map((r) => (r.ok ? (r.plaintext as { n: number }).n : -1))).toEqual(
      records.map((_, n) => n),
    );
  });

  it('openBytes gives each plaintext as its unpadded UTF-8 bytes, and the same refusals', async () => {
    const { keyPair, session } = await fixture();
    const [a, b] = [await session.seal({ improve: 'Dziękuję' }), await session.seal({ n: 1 })];
    const opener = createRecordOpener(keyPair);
    const results = await opener.openBytes([a, { ...b, ct: flipBit(b.ct, 3) }]);
    expect(results[0]).toEqual({
      id: a.id,
      ok: true,
      bytes: new TextEncoder().encode('{"improve":"Dziękuję"}'),
    });
    expect(results[1]).toMatchObject({ id: b.id, ok: false, error: expect.stringMatching(/auth/) });
  });
});
