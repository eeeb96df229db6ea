import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from '../../../protocol/base64url';
import {
  DraftError,
  EncryptedDraftSchema,
  draftAad,
  generateDeviceKey,
  openDraft,
  sealDraft,
  type EncryptedDraft,
} from '../../../src/crypto';

// The draft box (design §5): JSON → UTF-8 → padded to 256 → AES-256-GCM under the device key,
// AAD `hearth/v1 draft|<kind>|<id>`. Real WebCrypto throughout.

const ID = '3f1c2a9e-5b7d-4c1e-9a2b-7d8e9f0a1b2c';
const SHEET = {
  eventId: 'ev-1',
  counts: { age: { '18_24': 3, '25_34': 7 } },
  notes: 'Stall by the library — Zażółć gęślą jaźń — اردو — 🙂',
};

function flipBit(field: string, byteIndex = 0): string {
  const bytes = fromBase64url(field);
  bytes[byteIndex] = bytes[byteIndex]! ^ 0x01;
  return toBase64url(bytes);
}

async function expectDraftError(promise: Promise<unknown>, code: DraftError['code']) {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DraftError);
  expect(error).toBeInstanceOf(Error);
  expect((error as DraftError).name).toBe('DraftError');
  expect((error as DraftError).code).toBe(code);
  return error as DraftError;
}

describe('draft box', () => {
  it('round-trips a value', async () => {
    const key = await generateDeviceKey();
    const draft = await sealDraft(key, 'attendance', ID, SHEET);
    expect(await openDraft(key, 'attendance', ID, draft)).toEqual(SHEET);
  });

  it('round-trips any JSON value, including ones ending in zeros or empty', async () => {
    const key = await generateDeviceKey();
    for (const value of [null, 0, '', 'x\u0000', [], {}, [1, [2, [3]]], { a: '\u0080' }]) {
      expect(
        await openDraft(key, 'questionnaire', ID, await sealDraft(key, 'questionnaire', ID, value)),
      ).toEqual(value);
    }
  });

  it('stores only base64url iv (12 bytes) and ct, with a fresh iv each time', async () => {
    const key = await generateDeviceKey();
    const a = await sealDraft(key, 'attendance', ID, SHEET);
    const b = await sealDraft(key, 'attendance', ID, SHEET);
    expect(Object.keys(a).sort()).toEqual(['ct', 'iv']);
    expect(EncryptedDraftSchema.safeParse(a).success).toBe(true);
    expect(fromBase64url(a.iv)).toHaveLength(12);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ct).not.toBe(b.ct);
    expect(JSON.stringify(a)).not.toContain('library');
  });

  it('binds the AAD to kind and id', () => {
    expect(draftAad('attendance', ID)).toBe(`hearth/v1 draft|attendance|${ID}`);
  });

  it('hides the length of the content (padding to 256-byte blocks)', async () => {
    const key = await generateDeviceKey();
    const ctBytes = async (value: unknown) =>
      fromBase64url((await sealDraft(key, 'questionnaire', ID, value)).ct).length;
    const short = await ctBytes({ improve: 'a' });
    const longer = await ctBytes({ improve: 'a'.repeat(200) });
    expect(short).toBe(256 + 16);
    expect(longer).toBe(short);
    expect(await ctBytes({ improve: 'a'.repeat(300) })).toBe(512 + 16);
  });

  it('refuses a tampered ct', async () => {
    const key = await generateDeviceKey();
    const draft = await sealDraft(key, 'attendance', ID, SHEET);
    await expectDraftError(
      openDraft(key, 'attendance', ID, { ...draft, ct: flipBit(draft.ct) }),
      'unauthentic',
    );
    const lastByte = fromBase64url(draft.ct).length - 1;
    await expectDraftError(
      openDraft(key, 'attendance', ID, { ...draft, ct: flipBit(draft.ct, lastByte) }),
      'unauthentic',
    );
  });

  it('refuses a tampered iv', async () => {
    const key = await generateDeviceKey();
    const draft = await sealDraft(key, 'attendance', ID, SHEET);
    await expectDraftError(
      openDraft(key, 'attendance', ID, { ...draft, iv: flipBit(draft.iv, 11) }),
      'unauthentic',
    );
  });

  it('refuses a draft moved to another id or kind (AAD)', async () => {
    const key = await generateDeviceKey();
    const draft = await sealDraft(key, 'attendance', ID, SHEET);
    const other = '0b8c6a1e-2f3d-4e5f-8a9b-0c1d2e3f4a5b';
    const error = await expectDraftError(openDraft(key, 'attendance', other, draft), 'unauthentic');
    expect(error.message).toMatch(/another slot/);
    await expectDraftError(openDraft(key, 'questionnaire', ID, draft), 'unauthentic');
  });

  it('refuses a draft under another key', async () => {
    const draft = await sealDraft(await generateDeviceKey(), 'attendance', ID, SHEET);
    await expectDraftError(
      openDraft(await generateDeviceKey(), 'attendance', ID, draft),
      'unauthentic',
    );
  });

  it('refuses malformed drafts before decrypting', async () => {
    const key = await generateDeviceKey();
    const draft = await sealDraft(key, 'attendance', ID, SHEET);
    const bad: EncryptedDraft[] = [
      { ...draft, iv: draft.iv.slice(0, -2) }, // 10 bytes
      { ...draft, iv: `${draft.iv.slice(0, -1)}=` },
      { ...draft, ct: draft.ct.slice(0, 40) }, // shorter than one block + tag
      { ...draft, ct: `${draft.ct.slice(0, -1)}+` },
      { iv: draft.iv } as EncryptedDraft,
      { ...draft, extra: 'x' } as EncryptedDraft,
    ];
    for (const value of bad)
      await expectDraftError(openDraft(key, 'attendance', ID, value), 'malformed');
  });

  it('never puts content in an error message', async () => {
    const key = await generateDeviceKey();
    const draft = await sealDraft(key, 'attendance', ID, SHEET);
    const error = await expectDraftError(
      openDraft(key, 'attendance', 'other', draft),
      'unauthentic',
    );
    expect(`${error.message} ${String(error.cause)}`).not.toContain('library');
  });

  it('refuses values that are not JSON, slots that are not valid, and oversized drafts', async () => {
    const key = await generateDeviceKey();
    await expectDraftError(sealDraft(key, 'attendance', ID, undefined), 'not-json');
    await expectDraftError(sealDraft(key, 'attendance', ID, { n: 1n }), 'not-json');
    await expectDraftError(sealDraft(key, 'attendance|x', ID, SHEET), 'bad-slot');
    await expectDraftError(sealDraft(key, 'Attendance', ID, SHEET), 'bad-slot');
    await expectDraftError(sealDraft(key, 'attendance', '', SHEET), 'bad-slot');
    await expectDraftError(sealDraft(key, 'attendance', ID, 'x'.repeat(1024 * 1024)), 'too-large');
  });
});
