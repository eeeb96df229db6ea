import { suite, PUBLIC_KEY_BYTES } from './suite';

// The partnership public key arrives in the signed config as raw bytes; check it before use so
// a bad key fails with a message a person can act on, not a library stack trace.

export async function importPublicKey(publicKeyRaw: Uint8Array): Promise<CryptoKey> {
  if (publicKeyRaw.length !== PUBLIC_KEY_BYTES || publicKeyRaw[0] !== 0x04) {
    throw new Error(
      `Invalid partnership public key: expected a ${PUBLIC_KEY_BYTES}-byte uncompressed P-256 point, got ${publicKeyRaw.length} bytes`,
    );
  }
  try {
    // WebCrypto's raw import rejects points that are not on the curve.
    return await suite.kem.deserializePublicKey(publicKeyRaw);
  } catch (cause) {
    throw new Error('Invalid partnership public key: not a valid P-256 point', { cause });
  }
}
