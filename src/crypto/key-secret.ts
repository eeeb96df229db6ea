import { fromBase64url, toBase64url } from '../../protocol/base64url';
import { buf } from './bytes';
import { KeyWrapError } from './key-wrap-error';
import { computeKid } from './kid';
import { suite } from './suite';
import type { UnlockedKeys } from './unlocked-keys';

// The partnership's private keys as bytes, which exist only inside src/crypto: freshly
// generated at setup (KeySecret) or just unwrapped. Layout: version byte 1, the 32-byte HPKE
// private scalar (RFC 9180 SerializePrivateKey), then the ECDSA signing key as PKCS#8.
// Binary rather than JSON so the bytes can be wiped after use.

export type SecretBytes = Uint8Array<ArrayBuffer>;

/** The partnership's public keys, base64url of raw uncompressed P-256 points (as on the wire). */
export interface PublicKeys {
  encryptionPublicKey: string;
  signingPublicKey: string;
}

const LAYOUT_VERSION = 1;
const SCALAR_BYTES = 32;
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;
const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;

// Key bytes stay out of reach of code outside this module: a KeySecret is only a handle.
const secrets = new WeakMap<KeySecret, SecretBytes>();

/** Newly generated partnership keys, before they are wrapped (setup only). */
export class KeySecret {
  constructor(
    readonly publicKeys: PublicKeys,
    readonly kid: string,
    bytes: SecretBytes,
  ) {
    secrets.set(this, bytes);
  }

  /** Overwrites the private key bytes; the handle is useless afterwards. */
  wipe(): void {
    secrets.get(this)?.fill(0);
    secrets.delete(this);
  }
}

export function readKeySecret(secret: KeySecret): SecretBytes {
  const bytes = secrets.get(secret);
  if (!bytes) throw new Error('These keys were wiped');
  return bytes;
}

/** Generates the HPKE and signing key pairs for a new partnership, in this browser. */
export async function generatePartnershipKeys(): Promise<KeySecret> {
  const encryption = await suite.kem.generateKeyPair();
  const signing = await crypto.subtle.generateKey(ECDSA, true, ['sign', 'verify']);
  const scalar = new Uint8Array(await suite.kem.serializePrivateKey(encryption.privateKey));
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', signing.privateKey));
  const bytes = new Uint8Array(1 + scalar.length + pkcs8.length);
  bytes[0] = LAYOUT_VERSION;
  bytes.set(scalar, 1);
  bytes.set(pkcs8, 1 + scalar.length);
  scalar.fill(0);
  pkcs8.fill(0);
  const encryptionRaw = new Uint8Array(await suite.kem.serializePublicKey(encryption.publicKey));
  const signingRaw = new Uint8Array(await crypto.subtle.exportKey('raw', signing.publicKey));
  return new KeySecret(
    { encryptionPublicKey: toBase64url(encryptionRaw), signingPublicKey: toBase64url(signingRaw) },
    await computeKid(encryptionRaw),
    bytes,
  );
}

/** The keys of a freshly generated KeySecret, ready to use (signing the first config). */
export function unlockKeySecret(secret: KeySecret): Promise<UnlockedKeys> {
  return importUnlockedKeys(readKeySecret(secret), secret.publicKeys);
}

function rawKey(b64u: string): Uint8Array {
  let raw: Uint8Array;
  try {
    raw = fromBase64url(b64u);
  } catch {
    raw = new Uint8Array(0);
  }
  if (raw.length !== 65 || raw[0] !== 0x04) {
    throw new KeyWrapError('mismatch', 'A partnership public key is not a P-256 point.');
  }
  return raw;
}

/** True when the JWK's public point is exactly `raw` (0x04 ‖ x ‖ y). */
function samePoint(jwk: JsonWebKey, raw: Uint8Array): boolean {
  return jwk.x === toBase64url(raw.subarray(1, 33)) && jwk.y === toBase64url(raw.subarray(33));
}

/**
 * Imports secret bytes as NON-extractable keys, checking each private key belongs to its
 * public key. A short-lived extractable copy is needed to read the public point WebCrypto
 * computes from the private key; only the non-extractable keys leave this function.
 */
export async function importUnlockedKeys(
  bytes: SecretBytes,
  publicKeys: PublicKeys,
): Promise<UnlockedKeys> {
  const encryptionRaw = rawKey(publicKeys.encryptionPublicKey);
  const signingRaw = rawKey(publicKeys.signingPublicKey);
  if (bytes.length <= 1 + SCALAR_BYTES || bytes[0] !== LAYOUT_VERSION) {
    throw new KeyWrapError('malformed', 'The unwrapped keys are not in a known layout.');
  }
  let encryptionJwk: JsonWebKey;
  let signingJwk: JsonWebKey;
  try {
    const scalar = bytes.slice(1, 1 + SCALAR_BYTES);
    const pkcs8 = bytes.slice(1 + SCALAR_BYTES);
    const hpkeKey = await suite.kem.deserializePrivateKey(scalar);
    const signingKey = await crypto.subtle.importKey('pkcs8', buf(pkcs8), ECDSA, true, ['sign']);
    scalar.fill(0);
    pkcs8.fill(0);
    encryptionJwk = await crypto.subtle.exportKey('jwk', hpkeKey);
    signingJwk = await crypto.subtle.exportKey('jwk', signingKey);
  } catch (cause) {
    throw new KeyWrapError('malformed', 'The unwrapped keys cannot be read.', { cause });
  }
  if (!samePoint(encryptionJwk, encryptionRaw) || !samePoint(signingJwk, signingRaw)) {
    throw new KeyWrapError('mismatch', "These keys are not the partnership's keys.");
  }
  // Only the key material: key_ops and ext of the extractable copy do not carry over.
  const strip = ({ key_ops: _ops, ext: _ext, ...key }: JsonWebKey): JsonWebKey => key;
  const privateKey = await crypto.subtle.importKey('jwk', strip(encryptionJwk), ECDH, false, [
    'deriveBits',
  ]);
  const signingPrivateKey = await crypto.subtle.importKey('jwk', strip(signingJwk), ECDSA, false, [
    'sign',
  ]);
  return { encryption: { publicKeyRaw: encryptionRaw, privateKey }, signingPrivateKey };
}
