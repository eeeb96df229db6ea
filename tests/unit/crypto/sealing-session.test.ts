import { describe, expect, it } from 'vitest';
import { fromBase64url } from '../../../protocol/base64url';
import { MAX_CT_BYTES, SealedRecord } from '../../../protocol/sealed-record';
import { computeKid, generatePartnershipKeyPair, openRecords } from '../../../src/crypto';
import { openSealingSession, sessionRecordKeyForTests } from '../../../src/crypto/sealing-session';
import { fixture, sealMany } from './helpers';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('sealing session', () => {
  it('round-trips a response', async () => {
    const { keyPair, session } = await fixture();
    const plaintext = {
      v: 1,
      kind: 'feedback',
      formId: 'survivor-feedback',
      formVersion: 1,
      locale: 'pl',
      day: '2025-03-14',
      mode: 'kiosk',
      answers: { believed: 5, improve: 'Więcej czasu — ☕ 🙏' },
    };
    const record = await session.seal(plaintext);
    expect(await openRecords(keyPair, [record])).toEqual([
      { id: record.id, ok: true, plaintext, text: JSON.stringify(plaintext) },
    ]);
  });

  it('produces records that pass the SealedRecord schema, with the session kid and enc', async () => {
    const { keyPair, session } = await fixture();
    const record = await session.seal({ a: 1 });
    expect(SealedRecord.safeParse(record).success).toBe(true);
    expect(record.v).toBe(1);
    expect(record.kid).toBe(await computeKid(keyPair.publicKeyRaw));
    expect(record.kid).toBe(session.kid);
    expect(record.enc).toBe(session.enc);
    expect(fromBase64url(record.enc)).toHaveLength(65);
    expect(fromBase64url(record.iv)).toHaveLength(12);
  });

  it('gives each record a distinct UUID v4 and a distinct iv', async () => {
    const { session } = await fixture();
    const records = await sealMany(session, 50);
    for (const r of records) expect(r.id).toMatch(UUID_V4);
    expect(new Set(records.map((r) => r.id)).size).toBe(50);
    expect(new Set(records.map((r) => r.iv)).size).toBe(50);
  });

  it('gives each session its own enc', async () => {
    const { publicKeyRaw } = await generatePartnershipKeyPair();
    const a = await openSealingSession(publicKeyRaw);
    const b = await openSealingSession(publicKeyRaw);
    expect(a.enc).not.toBe(b.enc);
    expect(a.kid).toBe(b.kid);
  });

  it('hides plaintext length: 1 and 200 chars seal to the same size, 300 to the next', async () => {
    const { session } = await fixture();
    const size = async (n: number) => fromBase64url((await session.seal('x'.repeat(n))).ct).length;
    expect(await size(1)).toBe(256 + 16);
    expect(await size(200)).toBe(256 + 16);
    expect(await size(300)).toBe(512 + 16);
  });

  it('refuses a plaintext whose sealed ct would exceed MAX_CT_BYTES', async () => {
    const { keyPair, session } = await fixture();
    // JSON of 'a'.repeat(k) is k + 2 bytes; + 1 padding marker byte.
    const largest = MAX_CT_BYTES - 256 - 3; // pads to 65 280 bytes → ct of 65 296
    const ok = await session.seal('a'.repeat(largest));
    expect(fromBase64url(ok.ct).length).toBeLessThanOrEqual(MAX_CT_BYTES);
    expect(SealedRecord.safeParse(ok).success).toBe(true);
    expect((await openRecords(keyPair, [ok]))[0]?.ok).toBe(true);
    await expect(session.seal('a'.repeat(largest + 1))).rejects.toThrow(/too large/);
    await expect(session.seal('a'.repeat(100_000))).rejects.toThrow(/too large/);
  });

  it('refuses values JSON cannot carry', async () => {
    const { session } = await fixture();
    await expect(session.seal(undefined)).rejects.toThrow(/JSON-serialisable/);
    await expect(session.seal(() => 1)).rejects.toThrow(/JSON-serialisable/);
    await expect(session.seal({ n: 1n })).rejects.toThrow(/JSON-serialisable/);
  });

  it('holds the record key as a non-extractable, encrypt-only AES-GCM key', async () => {
    const { session } = await fixture();
    const key = sessionRecordKeyForTests(session);
    expect(key).toBeDefined();
    expect(key!.extractable).toBe(false);
    expect(key!.usages).toEqual(['encrypt']);
    expect(key!.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(globalThis.crypto.subtle.exportKey('raw', key!)).rejects.toThrow();
    await expect(globalThis.crypto.subtle.exportKey('jwk', key!)).rejects.toThrow();
  });

  it('exposes only kid, enc and seal, and is frozen', async () => {
    const { session } = await fixture();
    expect(Object.keys(session).sort()).toEqual(['enc', 'kid', 'seal']);
    expect(Object.isFrozen(session)).toBe(true);
  });

  it('rejects an invalid public key with a clear message', async () => {
    await expect(openSealingSession(new Uint8Array(64))).rejects.toThrow(
      /Invalid partnership public key: expected a 65-byte/,
    );
    const compressed = new Uint8Array(33);
    compressed[0] = 0x02;
    await expect(openSealingSession(compressed)).rejects.toThrow(/Invalid partnership public key/);
    const offCurve = new Uint8Array(65).fill(1);
    offCurve[0] = 0x04;
    await expect(openSealingSession(offCurve)).rejects.toThrow(
      /Invalid partnership public key: not a valid P-256 point/,
    );
  });
});
