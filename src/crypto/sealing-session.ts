import { toBase64url } from '../../protocol/base64url';
import { MAX_CT_BYTES, recordAad, type SealedRecord } from '../../protocol/sealed-record';
import { randomBytes, utf8 } from './bytes';
import { computeKid } from './kid';
import { pad } from './padding';
import { importPublicKey } from './public-key';
import { deriveRecordKey } from './record-key';
import { IV_BYTES, SESSION_INFO_BYTES, TAG_BYTES, suite } from './suite';

// Device side of design §5. One HPKE sender setup (one ECDH) per session; every record is then
// a cheap AES-GCM encryption under the exported record key, which keeps submit → sealed fast
// and lets the coordinator open 100 000 records with one ECDH per session.

export interface SealingSession {
  /** Key id of the partnership public key this session seals for. */
  readonly kid: string;
  /** HPKE encapsulated key (base64url): the coordinator needs it to derive the record key. */
  readonly enc: string;
  /** Seal one JSON-serialisable value into a record ready for the outbox. */
  seal(plaintext: unknown): Promise<SealedRecord>;
}

// Test seam: lets tests check the session's record key is non-extractable without putting the
// key on the public interface. A CryptoKey handle cannot reveal key bytes when non-extractable.
const recordKeys = new WeakMap<SealingSession, CryptoKey>();

/** @internal For tests only; not re-exported from index.ts. */
export function sessionRecordKeyForTests(session: SealingSession): CryptoKey | undefined {
  return recordKeys.get(session);
}

export async function openSealingSession(publicKeyRaw: Uint8Array): Promise<SealingSession> {
  const recipientPublicKey = await importPublicKey(publicKeyRaw);
  const kid = await computeKid(publicKeyRaw);
  const sender = await suite.createSenderContext({ recipientPublicKey, info: SESSION_INFO_BYTES });
  const enc = toBase64url(new Uint8Array(sender.enc));
  // The HPKE context (and its exporter secret) is not kept: only the non-extractable key is.
  const recordKey = await deriveRecordKey(sender, 'encrypt');

  const session: SealingSession = {
    kid,
    enc,
    async seal(plaintext: unknown): Promise<SealedRecord> {
      const padded = encodePlaintext(plaintext);
      try {
        const id = crypto.randomUUID(); // v4: random, carries no timestamp (unlike v7)
        const iv = randomBytes(IV_BYTES);
        const ct = await crypto.subtle.encrypt(
          { name: 'AES-GCM', iv, additionalData: utf8(recordAad(id, kid)) },
          recordKey,
          padded,
        );
        return { v: 1, id, kid, enc, iv: toBase64url(iv), ct: toBase64url(new Uint8Array(ct)) };
      } finally {
        padded.fill(0); // do not leave padded plaintext on the heap longer than needed
      }
    },
  };
  recordKeys.set(session, recordKey);
  return Object.freeze(session);
}

/** JSON → UTF-8 → padded bytes, refusing anything the wire format could not carry. */
function encodePlaintext(plaintext: unknown): Uint8Array<ArrayBuffer> {
  let json: string | undefined;
  try {
    json = JSON.stringify(plaintext);
  } catch (cause) {
    throw new Error('Cannot seal: plaintext is not JSON-serialisable', { cause });
  }
  if (typeof json !== 'string') {
    throw new Error('Cannot seal: plaintext is not JSON-serialisable');
  }
  const bytes = utf8(json);
  const padded = pad(bytes);
  bytes.fill(0);
  if (padded.length + TAG_BYTES > MAX_CT_BYTES) {
    const size = padded.length + TAG_BYTES;
    padded.fill(0);
    throw new Error(
      `Cannot seal: record too large (${size} bytes sealed, limit ${MAX_CT_BYTES} bytes)`,
    );
  }
  return padded;
}
