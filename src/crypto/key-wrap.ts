import * as z from 'zod/mini';
import { fromBase64url, toBase64url } from '../../protocol/base64url';
import { buf, randomBytes, timingSafeEqual, utf8 } from './bytes';
import { computeKid } from './kid';
import {
  importUnlockedKeys,
  readKeySecret,
  type KeySecret,
  type PublicKeys,
  type SecretBytes,
} from './key-secret';
import type { UnlockedKeys } from './unlocked-keys';
import { KeyWrapError } from './key-wrap-error';

// Coordinator key custody (design §5). The partnership's two private keys travel only as a
// "wrapped" blob: JSON text holding AES-256-GCM ciphertext under a key derived from a secret a
// person knows (their passphrase, a one-time hand-over passphrase, or the recovery code). The
// server stores the blob and hands it back; only a browser that is given the secret opens it.
//
// PBKDF2 gives 256 bits; HKDF splits them into the wrapping key and a check value. The check
// lets a wrong secret be told apart from a damaged blob (GCM alone cannot) without making
// guessing cheaper: both still cost the full PBKDF2.

export const WRAP_ITERATIONS = 600_000;
const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const CHECK_BYTES = 32;

export const WRAP_PURPOSES = ['passphrase', 'handover', 'recovery'] as const;
export type WrapPurpose = (typeof WRAP_PURPOSES)[number];

function b64u(length?: number) {
  return z.string().check(
    z.refine((s) => {
      try {
        const n = fromBase64url(s).length;
        return length === undefined ? n > 0 : n === length;
      } catch {
        return false;
      }
    }, 'must be base64url without padding'),
  );
}

export const WrappedKeysSchema = z.strictObject({
  v: z.literal(1),
  kdf: z.literal('PBKDF2-SHA256'),
  iterations: z.int().check(z.gte(1), z.lte(MAX_ITERATIONS)),
  salt: b64u(SALT_BYTES),
  iv: b64u(IV_BYTES),
  purpose: z.enum(WRAP_PURPOSES),
  /** kid of the partnership encryption key inside (bound into the AAD). */
  kid: b64u(16),
  check: b64u(CHECK_BYTES),
  ct: b64u(),
});
export type WrappedKeys = z.infer<typeof WrappedKeysSchema>;

export interface WrapOptions {
  /** Tests only: fewer PBKDF2 iterations (the blob records its own count). */
  iterations?: number;
}

export interface UnwrapOptions {
  /** Tests only: accept blobs with fewer than WRAP_ITERATIONS iterations. */
  minIterations?: number;
}

/** Parses a wrapped blob; throws KeyWrapError('malformed') if it is not one. */
export function parseWrapped(wrapped: string): WrappedKeys {
  let json: unknown;
  try {
    json = JSON.parse(wrapped);
  } catch {
    throw new KeyWrapError('malformed', 'The wrapped keys are not valid JSON.');
  }
  const parsed = WrappedKeysSchema.safeParse(json);
  if (!parsed.success) throw new KeyWrapError('malformed', 'The wrapped keys are damaged.');
  return parsed.data;
}

/** What a blob was wrapped for (a 'handover' copy should be re-wrapped under a passphrase). */
export function wrappedPurpose(wrapped: string): WrapPurpose {
  return parseWrapped(wrapped).purpose;
}

/**
 * Hand-over and recovery codes are typed from paper: case, spaces and dashes do not matter,
 * and letters easily misread are read as the digits they look like.
 */
export function normaliseCode(code: string): string {
  return code
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

function secretBytes(secret: string, purpose: WrapPurpose): Uint8Array<ArrayBuffer> {
  // NFC so the same passphrase typed on different keyboards gives the same bytes.
  return utf8(purpose === 'passphrase' ? secret.normalize('NFC') : normaliseCode(secret));
}

function aad(purpose: WrapPurpose, kid: string): Uint8Array<ArrayBuffer> {
  return utf8(`hearth/wrapped-keys|v1|${purpose}|${kid}`);
}

async function deriveKeys(
  secret: string,
  purpose: WrapPurpose,
  salt: Uint8Array,
  iterations: number,
): Promise<{ key: CryptoKey; check: Uint8Array }> {
  const material = await crypto.subtle.importKey(
    'raw',
    secretBytes(secret, purpose),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const master = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: buf(salt), iterations },
    material,
    256,
  );
  const hkdf = await crypto.subtle.importKey('raw', master, 'HKDF', false, ['deriveBits']);
  const expand = async (info: string) =>
    crypto.subtle.deriveBits(
      { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8(info) },
      hkdf,
      256,
    );
  const keyBits = await expand('hearth/wrapped-keys key');
  const key = await crypto.subtle.importKey('raw', keyBits, 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
  new Uint8Array(keyBits).fill(0);
  return { key, check: new Uint8Array(await expand('hearth/wrapped-keys check')) };
}

async function seal(
  plaintext: SecretBytes,
  secret: string,
  purpose: WrapPurpose,
  kid: string,
  options: WrapOptions,
): Promise<string> {
  const iterations = options.iterations ?? WRAP_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
    throw new RangeError('iterations out of range');
  }
  if (secret.length === 0) throw new RangeError('the secret must not be empty');
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const { key, check } = await deriveKeys(secret, purpose, salt, iterations);
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: aad(purpose, kid) },
    key,
    plaintext,
  );
  const blob: WrappedKeys = {
    v: 1,
    kdf: 'PBKDF2-SHA256',
    iterations,
    salt: toBase64url(salt),
    iv: toBase64url(iv),
    purpose,
    kid,
    check: toBase64url(check),
    ct: toBase64url(new Uint8Array(ct)),
  };
  return JSON.stringify(blob);
}

/** Opens a blob to its plaintext bytes (callers wipe them). */
async function open(
  wrapped: string,
  secret: string,
  options: UnwrapOptions,
): Promise<{ blob: WrappedKeys; plaintext: SecretBytes }> {
  const blob = parseWrapped(wrapped);
  if (blob.iterations < (options.minIterations ?? WRAP_ITERATIONS)) {
    throw new KeyWrapError('malformed', 'The wrapped keys use too few PBKDF2 iterations.');
  }
  const { key, check } = await deriveKeys(
    secret,
    blob.purpose,
    fromBase64url(blob.salt),
    blob.iterations,
  );
  if (!timingSafeEqual(check, fromBase64url(blob.check))) {
    throw new KeyWrapError('wrong_passphrase', 'That passphrase does not unlock these keys.');
  }
  try {
    const plaintext = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: buf(fromBase64url(blob.iv)),
        additionalData: aad(blob.purpose, blob.kid),
      },
      key,
      buf(fromBase64url(blob.ct)),
    );
    return { blob, plaintext: new Uint8Array(plaintext) };
  } catch {
    throw new KeyWrapError('malformed', 'The wrapped keys have been altered or damaged.');
  }
}

async function expectKid(blob: WrappedKeys, publicKeys: PublicKeys): Promise<void> {
  let raw: Uint8Array;
  try {
    raw = fromBase64url(publicKeys.encryptionPublicKey);
  } catch {
    raw = new Uint8Array(0);
  }
  if (blob.kid !== (await computeKid(raw))) {
    throw new KeyWrapError('mismatch', 'These wrapped keys belong to another partnership key.');
  }
}

/** Wraps freshly generated keys (setup) under `secret` for `purpose`; returns the blob text. */
export async function wrapKeys(
  secret: KeySecret,
  passphrase: string,
  purpose: WrapPurpose,
  options: WrapOptions = {},
): Promise<string> {
  return seal(readKeySecret(secret), passphrase, purpose, secret.kid, options);
}

/**
 * Opens a blob with `secret` and imports the keys as NON-extractable CryptoKeys, after
 * checking they are the private halves of `publicKeys` (from the keyring, or a kit).
 * Throws only KeyWrapError: wrong_passphrase, malformed or mismatch.
 */
export async function unwrapKeys(
  wrapped: string,
  secret: string,
  publicKeys: PublicKeys,
  options: UnwrapOptions = {},
): Promise<UnlockedKeys> {
  try {
    const { blob, plaintext } = await open(wrapped, secret, options);
    try {
      await expectKid(blob, publicKeys);
      return await importUnlockedKeys(plaintext, publicKeys);
    } finally {
      plaintext.fill(0);
    }
  } catch (e) {
    throw asKeyWrapError(e);
  }
}

/**
 * Re-wraps a blob under a new secret without the keys ever leaving this module as CryptoKeys:
 * an admin hands keys to a new coordinator ('handover'), someone changes their passphrase,
 * or a recovery code restores access ('passphrase'). The keys inside are checked against
 * `publicKeys` first, so a damaged blob is never copied.
 */
export async function rewrapKeys(
  wrapped: string,
  oldSecret: string,
  newSecret: string,
  purpose: WrapPurpose,
  publicKeys: PublicKeys,
  options: UnwrapOptions & WrapOptions = {},
): Promise<string> {
  try {
    const { blob, plaintext } = await open(wrapped, oldSecret, options);
    try {
      await expectKid(blob, publicKeys);
      await importUnlockedKeys(plaintext, publicKeys);
      return await seal(plaintext, newSecret, purpose, blob.kid, options);
    } finally {
      plaintext.fill(0);
    }
  } catch (e) {
    if (e instanceof RangeError) throw e;
    throw asKeyWrapError(e);
  }
}

function asKeyWrapError(e: unknown): KeyWrapError {
  if (e instanceof KeyWrapError) return e;
  return new KeyWrapError('malformed', 'The wrapped keys could not be opened.', { cause: e });
}
