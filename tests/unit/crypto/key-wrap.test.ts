import { describe, expect, it } from 'vitest';
import { fromBase64url } from '../../../protocol/base64url';
import {
  createRecordOpener,
  generatePartnershipKeys,
  KeyWrapError,
  openSealingSession,
  parseWrapped,
  rewrapKeys,
  signPayload,
  unlockKeySecret,
  unwrapKeys,
  verifyPayload,
  wrapKeys,
  wrappedPurpose,
  WRAP_ITERATIONS,
  type KeyWrapErrorCode,
  type PublicKeys,
} from '../../../src/crypto';
import { flipBit } from './helpers';

// Low iterations keep the suite fast; they must be allowed explicitly on both sides.
const FAST = { iterations: 1000, minIterations: 1000 } as const;
const PASSPHRASE = 'seven purple kites over the old mill';

async function expectKeyWrapError(promise: Promise<unknown>, code: KeyWrapErrorCode) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KeyWrapError);
  expect((error as KeyWrapError).code).toBe(code);
}

async function sealAndOpen(publicKeys: PublicKeys, keys: Awaited<ReturnType<typeof unwrapKeys>>) {
  const session = await openSealingSession(fromBase64url(publicKeys.encryptionPublicKey));
  const record = await session.seal({ answer: 'yes' });
  return createRecordOpener(keys.encryption).open([record]);
}

describe('key wrapping', () => {
  it('generate → wrap → unwrap gives non-extractable keys that open records and sign', async () => {
    const secret = await generatePartnershipKeys();
    const wrapped = await wrapKeys(secret, PASSPHRASE, 'passphrase', FAST);
    const blob = parseWrapped(wrapped);
    expect(blob).toMatchObject({
      v: 1,
      kdf: 'PBKDF2-SHA256',
      purpose: 'passphrase',
      kid: secret.kid,
    });
    expect(fromBase64url(blob.salt)).toHaveLength(16);
    expect(fromBase64url(blob.iv)).toHaveLength(12);
    expect(wrapped).not.toContain(PASSPHRASE);

    const keys = await unwrapKeys(wrapped, PASSPHRASE, secret.publicKeys, FAST);
    expect(keys.encryption.privateKey.extractable).toBe(false);
    expect(keys.signingPrivateKey.extractable).toBe(false);
    expect(keys.signingPrivateKey.usages).toEqual(['sign']);

    const [opened] = await sealAndOpen(secret.publicKeys, keys);
    expect(opened).toMatchObject({ ok: true, plaintext: { answer: 'yes' } });

    const signature = await signPayload(keys.signingPrivateKey, '{"v":1}');
    const signingRaw = fromBase64url(secret.publicKeys.signingPublicKey);
    expect(await verifyPayload(signingRaw, '{"v":1}', signature)).toBe(true);
  });

  it('unlocked keys survive a structured clone (as when posted to a Web Worker)', async () => {
    const secret = await generatePartnershipKeys();
    const keys = structuredClone(await unlockKeySecret(secret));
    const [opened] = await sealAndOpen(secret.publicKeys, keys);
    expect(opened?.ok).toBe(true);
  });

  it('uses at least 600 000 iterations by default and refuses fewer unless told', async () => {
    expect(WRAP_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const secret = await generatePartnershipKeys();
    const weak = await wrapKeys(secret, PASSPHRASE, 'passphrase', { iterations: 1000 });
    await expectKeyWrapError(unwrapKeys(weak, PASSPHRASE, secret.publicKeys), 'malformed');
  });

  it('a wrong passphrase is wrong_passphrase, never another error', async () => {
    const secret = await generatePartnershipKeys();
    const wrapped = await wrapKeys(secret, PASSPHRASE, 'passphrase', FAST);
    for (const guess of ['', 'seven purple kites over the old mil', PASSPHRASE.toUpperCase()]) {
      await expectKeyWrapError(
        unwrapKeys(wrapped, guess, secret.publicKeys, FAST),
        'wrong_passphrase',
      );
    }
  });

  it('a passphrase in another Unicode normal form still unlocks', async () => {
    const secret = await generatePartnershipKeys();
    const composed = 'café au lait by the river 2024';
    const wrapped = await wrapKeys(secret, composed, 'passphrase', FAST);
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    await expect(unwrapKeys(wrapped, decomposed, secret.publicKeys, FAST)).resolves.toBeDefined();
  });

  it('a tampered or malformed blob is malformed', async () => {
    const secret = await generatePartnershipKeys();
    const wrapped = await wrapKeys(secret, PASSPHRASE, 'passphrase', FAST);
    const blob = parseWrapped(wrapped);
    const tampered = [
      { ...blob, ct: flipBit(blob.ct, 3) },
      { ...blob, iv: flipBit(blob.iv) },
      { ...blob, purpose: 'recovery' }, // AAD covers the purpose (and the check fails too)
      { ...blob, extra: 1 },
    ];
    for (const t of tampered) {
      const code = t.purpose === 'recovery' ? 'wrong_passphrase' : 'malformed';
      await expectKeyWrapError(
        unwrapKeys(JSON.stringify(t), PASSPHRASE, secret.publicKeys, FAST),
        code,
      );
    }
    for (const junk of ['', 'not json', '{}', '[]', JSON.stringify({ ...blob, v: 2 })]) {
      await expectKeyWrapError(unwrapKeys(junk, PASSPHRASE, secret.publicKeys, FAST), 'malformed');
    }
  });

  it('keys for another partnership key are mismatch', async () => {
    const secret = await generatePartnershipKeys();
    const other = await generatePartnershipKeys();
    const wrapped = await wrapKeys(secret, PASSPHRASE, 'passphrase', FAST);
    // Another partnership entirely (the kid differs).
    await expectKeyWrapError(unwrapKeys(wrapped, PASSPHRASE, other.publicKeys, FAST), 'mismatch');
    // Right encryption key, but someone swapped the signing public key.
    const swapped = { ...secret.publicKeys, signingPublicKey: other.publicKeys.signingPublicKey };
    await expectKeyWrapError(unwrapKeys(wrapped, PASSPHRASE, swapped, FAST), 'mismatch');
  });

  it('rewrap hands the same keys over under a new secret and purpose', async () => {
    const secret = await generatePartnershipKeys();
    const wrapped = await wrapKeys(secret, PASSPHRASE, 'passphrase', FAST);
    const handover = await rewrapKeys(
      wrapped,
      PASSPHRASE,
      'ab12c-de34f-gh56j-km78n',
      'handover',
      secret.publicKeys,
      FAST,
    );
    expect(wrappedPurpose(handover)).toBe('handover');
    // Codes are read back without regard to case or dashes.
    const own = await rewrapKeys(
      handover,
      'AB12CDE34FGH56JKM78N',
      'a passphrase of my very own choosing',
      'passphrase',
      secret.publicKeys,
      FAST,
    );
    const keys = await unwrapKeys(
      own,
      'a passphrase of my very own choosing',
      secret.publicKeys,
      FAST,
    );
    const [opened] = await sealAndOpen(secret.publicKeys, keys);
    expect(opened?.ok).toBe(true);
    await expectKeyWrapError(
      rewrapKeys(wrapped, 'not it', 'new one entirely', 'passphrase', secret.publicKeys, FAST),
      'wrong_passphrase',
    );
    // The old copy still opens with the old passphrase: rewrapping makes a new copy.
    await expect(unwrapKeys(wrapped, PASSPHRASE, secret.publicKeys, FAST)).resolves.toBeDefined();
  });

  it('a wiped secret cannot be wrapped again', async () => {
    const secret = await generatePartnershipKeys();
    secret.wipe();
    await expect(wrapKeys(secret, PASSPHRASE, 'passphrase', FAST)).rejects.toThrow(/wiped/);
  });

  it('unwraps a real 600 000-iteration blob', async () => {
    const secret = await generatePartnershipKeys();
    const wrapped = await wrapKeys(secret, PASSPHRASE, 'passphrase');
    expect(parseWrapped(wrapped).iterations).toBe(600_000);
    await expect(unwrapKeys(wrapped, PASSPHRASE, secret.publicKeys)).resolves.toBeDefined();
  });
});
