import { Aes256Gcm, CipherSuite, DhkemP256HkdfSha256, HkdfSha256 } from '@hpke/core';
import { utf8 } from './bytes';

// The one HPKE suite Hearth uses (design §5, RFC 9180): DHKEM(P-256, HKDF-SHA256),
// HKDF-SHA256, AES-256-GCM. P-256 for the widest WebCrypto support on older tablets.
// Internal to src/crypto: other folders go through the functions in index.ts.

export const suite = /* @__PURE__ */ new CipherSuite({
  kem: new DhkemP256HkdfSha256(),
  kdf: new HkdfSha256(),
  aead: new Aes256Gcm(),
});

/** HPKE `info` for a sealing session: binds the session to Hearth's protocol version. */
export const SESSION_INFO = 'hearth/v1 session';
/** HPKE exporter context for the per-session AES-256-GCM record key. */
export const RECORD_KEY_CONTEXT = 'hearth/v1 record key';

export const SESSION_INFO_BYTES = /* @__PURE__ */ utf8(SESSION_INFO);
export const RECORD_KEY_CONTEXT_BYTES = /* @__PURE__ */ utf8(RECORD_KEY_CONTEXT);

/** Lengths fixed by the suite and the wire format (Appendix A). */
export const PUBLIC_KEY_BYTES = 65; // uncompressed P-256 point = HPKE Npk = Nenc
export const RECORD_KEY_BYTES = 32; // AES-256
export const IV_BYTES = 12;
export const TAG_BYTES = 16;
