import { toBase64url } from '../../protocol/base64url';
import { buf } from './bytes';

// Key identifiers (design §5, Appendix A). Both hash the raw uncompressed P-256 point
// (65 bytes) exactly as it travels on the wire, so every party computes the same value.

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', buf(bytes)));
}

/** `kid` = base64url of the first 16 bytes of SHA-256 over the raw public key. */
export async function computeKid(publicKeyRaw: Uint8Array): Promise<string> {
  return toBase64url((await sha256(publicKeyRaw)).subarray(0, 16));
}

/** Full SHA-256 fingerprint, base64url: what a device pins for the signing key. */
export async function thumbprint(publicKeyRaw: Uint8Array): Promise<string> {
  return toBase64url(await sha256(publicKeyRaw));
}
