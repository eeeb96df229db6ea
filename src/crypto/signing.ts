import { fromBase64url, toBase64url } from '../../protocol/base64url';
import { buf, utf8 } from './bytes';

// The partnership signing key (ECDSA P-256, SHA-256) signs the config's exact payload
// bytes; devices verify against the key they pinned at enrolment (design §5).

const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

export async function generateSigningKeyPair(): Promise<{
  publicKeyRaw: Uint8Array;
  privateKey: CryptoKey;
}> {
  const pair = await crypto.subtle.generateKey(ECDSA, true, ['sign', 'verify']);
  const publicKeyRaw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { publicKeyRaw, privateKey: pair.privateKey };
}

/** Signature over the UTF-8 bytes of `payload`, raw r‖s (64 bytes), base64url. */
export async function signPayload(privateKey: CryptoKey, payload: string): Promise<string> {
  const sig = await crypto.subtle.sign(SIGN, privateKey, utf8(payload));
  return toBase64url(new Uint8Array(sig));
}

/** True only if `signature` is a valid signature of exactly these payload bytes. */
export async function verifyPayload(
  signingPublicKeyRaw: Uint8Array,
  payload: string,
  signature: string,
): Promise<boolean> {
  let key: CryptoKey;
  let sig: Uint8Array;
  try {
    key = await crypto.subtle.importKey('raw', buf(signingPublicKeyRaw), ECDSA, false, ['verify']);
    sig = fromBase64url(signature);
  } catch {
    return false;
  }
  if (sig.length !== 64) return false;
  return crypto.subtle.verify(SIGN, key, buf(sig), utf8(payload));
}
