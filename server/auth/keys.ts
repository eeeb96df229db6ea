// Public-key checks the server makes: it never holds a private key (design §5).
import { createHash, webcrypto } from 'node:crypto';

const { subtle } = webcrypto;
const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

/** `kid` = base64url of the first 16 bytes of SHA-256 over the raw public key. */
export function computeKid(raw: Uint8Array): string {
  return createHash('sha256').update(raw).digest().subarray(0, 16).toString('base64url');
}

/** b64u(SHA-256(raw public key)): what a device pins for the signing key. */
export function thumbprint(raw: Uint8Array): string {
  return createHash('sha256').update(raw).digest('base64url');
}

/** True when `raw` is an uncompressed point on P-256 (WebCrypto validates it on import). */
export async function isP256PublicKey(raw: Uint8Array): Promise<boolean> {
  if (raw.length !== 65 || raw[0] !== 0x04) return false;
  try {
    await subtle.importKey('raw', raw, ECDH, false, []);
    return true;
  } catch {
    return false;
  }
}

/** ECDSA P-256 / SHA-256 over the UTF-8 bytes of `payload`; `signature` is raw r‖s (64 bytes). */
export async function verifyConfigSignature(
  signingPublicKey: Uint8Array,
  payload: string,
  signature: Uint8Array,
): Promise<boolean> {
  if (signature.length !== 64) return false;
  try {
    const key = await subtle.importKey('raw', signingPublicKey, ECDSA, false, ['verify']);
    return await subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      key,
      signature,
      new TextEncoder().encode(payload),
    );
  } catch {
    return false;
  }
}
