import { fromBase64url } from '../../protocol/base64url';
import { recordAad, type SealedRecord } from '../../protocol/sealed-record';
import { buf, fromUtf8, utf8 } from './bytes';
import type { PartnershipKeyPair } from './keys';
import { computeKid } from './kid';
import { unpad } from './padding';
import { importPublicKey } from './public-key';
import { deriveRecordKey } from './record-key';
import { IV_BYTES, PUBLIC_KEY_BYTES, SESSION_INFO_BYTES, suite } from './suite';

// Coordinator side of design §5. Records are grouped by `enc` so each sealing session costs one
// HPKE receiver setup (one ECDH); each record is then opened on its own with AES-GCM, so order
// and gaps do not matter and one bad record never stops the others.

export type Opened =
  { id: string; ok: true; plaintext: unknown } | { id: string; ok: false; error: string };

export interface RecordOpener {
  open(records: readonly SealedRecord[]): Promise<Opened[]>;
}

// Bounds how many AES-GCM operations are in flight at once, so opening a large page does not
// queue tens of thousands of promises.
const CONCURRENCY = 256;

/**
 * An opener remembers the record key of each session (`enc`) it has seen, so a coordinator
 * paging through records pays one ECDH per session for the whole review, not one per page.
 */
export function createRecordOpener(keyPair: PartnershipKeyPair): RecordOpener {
  const kid = computeKid(keyPair.publicKeyRaw);
  // HPKE binds the recipient's public key into the key schedule. Given only a private key it
  // would recompute the public key, which needs an extractable key (the unlocked coordinator
  // key is not), so hand it the pair.
  const recipient = importPublicKey(keyPair.publicKeyRaw).then((publicKey): CryptoKeyPair => ({
    privateKey: keyPair.privateKey,
    publicKey,
  }));
  recipient.catch(() => undefined);
  const keys = new Map<string, Promise<CryptoKey>>();

  function recordKeyFor(enc: string): Promise<CryptoKey> {
    let key = keys.get(enc);
    if (!key) {
      key = recipient.then((pair) => sessionKey(pair, enc));
      // A failed setup is deterministic for a given enc; keep the rejection so it is not retried.
      key.catch(() => undefined);
      keys.set(enc, key);
    }
    return key;
  }

  async function openOne(record: SealedRecord): Promise<Opened> {
    const id = record.id;
    try {
      if (record.v !== 1) return { id, ok: false, error: 'unsupported record version' };
      if (record.kid !== (await kid)) {
        return { id, ok: false, error: 'record was sealed for a different key (kid mismatch)' };
      }
      const iv = fromBase64url(record.iv);
      if (iv.length !== IV_BYTES) return { id, ok: false, error: 'malformed iv' };
      const ct = fromBase64url(record.ct);
      let key: CryptoKey;
      try {
        key = await recordKeyFor(record.enc);
      } catch {
        return { id, ok: false, error: 'cannot open session: enc rejected' };
      }
      let padded: Uint8Array;
      try {
        const aad = utf8(recordAad(id, record.kid));
        const algorithm = { name: 'AES-GCM', iv: buf(iv), additionalData: aad };
        padded = new Uint8Array(await crypto.subtle.decrypt(algorithm, key, buf(ct)));
      } catch {
        return { id, ok: false, error: 'authentication failed (tampered or wrong key)' };
      }
      return { id, ok: true, plaintext: JSON.parse(fromUtf8(unpad(padded))) };
    } catch (e) {
      return {
        id,
        ok: false,
        error: `malformed record: ${e instanceof Error ? e.message : String(e)}`,
      };
    }
  }

  return {
    async open(records) {
      const results: Opened[] = [];
      for (let i = 0; i < records.length; i += CONCURRENCY) {
        const slice = records.slice(i, i + CONCURRENCY);
        results.push(...(await Promise.all(slice.map(openOne))));
      }
      return results;
    },
  };
}

/** Opens a batch in one go; results are in input order. */
export async function openRecords(
  keyPair: PartnershipKeyPair,
  records: SealedRecord[],
): Promise<Opened[]> {
  return createRecordOpener(keyPair).open(records);
}

/** HPKE receiver setup for one sealing session, then the shared record key. */
async function sessionKey(recipientKey: CryptoKeyPair, encText: string): Promise<CryptoKey> {
  const enc = fromBase64url(encText);
  if (enc.length !== PUBLIC_KEY_BYTES) throw new Error('enc has the wrong length');
  const recipient = await suite.createRecipientContext({
    recipientKey,
    enc: buf(enc),
    info: SESSION_INFO_BYTES,
  });
  return deriveRecordKey(recipient, 'decrypt');
}
