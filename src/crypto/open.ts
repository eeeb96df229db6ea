import { fromBase64url } from '../../protocol/base64url';
import { recordAad, type SealedRecord } from '../../protocol/sealed-record';
import { buf, fromUtf8, utf8Into } from './bytes';
import type { PartnershipKeyPair } from './keys';
import { computeKid } from './kid';
import { unpad } from './padding';
import { importPublicKey } from './public-key';
import { deriveRecordKey } from './record-key';
import { IV_BYTES, PUBLIC_KEY_BYTES, SESSION_INFO_BYTES, suite } from './suite';

// Coordinator side of design §5. Records are grouped by `enc` so each sealing session costs one
// HPKE receiver setup (one ECDH); each record is then opened on its own with AES-GCM, so order
// and gaps do not matter and one bad record never stops the others.

/** A record that could not be opened, and why. */
export interface Refused {
  id: string;
  ok: false;
  error: string;
}

export type Opened =
  | {
      id: string;
      ok: true;
      plaintext: unknown;
      /** The plaintext's JSON text, exactly as sealed (unpadded, decoded from UTF-8). */
      text: string;
    }
  | Refused;

/** A record opened only as far as its bytes: authenticated and unpadded, not yet decoded. */
export type OpenedBytes =
  | {
      id: string;
      ok: true;
      /** The plaintext's UTF-8 bytes, exactly as sealed (unpadded). */
      bytes: Uint8Array;
    }
  | Refused;

/**
 * A sealed record as the opener takes it: as on the wire (base64url), or with iv and ct
 * already bytes (the compact records page, protocol/records-binary.ts).
 */
export type OpenableRecord =
  | SealedRecord
  | (Omit<SealedRecord, 'iv' | 'ct' | 'v'> & { v: number; iv: Uint8Array; ct: Uint8Array });

export interface RecordOpener {
  /** Opens each record into its plaintext (decoded and parsed); results in input order. */
  open(records: readonly OpenableRecord[]): Promise<Opened[]>;
  /**
   * Opens each record only as far as its plaintext's bytes, for a caller that decodes many at
   * once (the review pipeline: one decode per chunk costs far less than one per record).
   */
  openBytes(records: readonly OpenableRecord[]): Promise<OpenedBytes[]>;
}

// Bounds how many AES-GCM operations are in flight at once, so opening a large page does not
// queue tens of thousands of promises.
const CONCURRENCY = 256;

/** Room for any record's AAD (`hearth/v1|<uuid>|<kid>` is 70 bytes). */
const AAD_SCRATCH_BYTES = 128;

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
  // Every record's AAD is written here in turn (utf8Into: WebCrypto copies it when called).
  const aadScratch = new Uint8Array(AAD_SCRATCH_BYTES);

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

  /**
   * Opens one record, given the partnership's kid and its session's key (null: the session
   * could not be set up). Everything before AES-GCM runs synchronously: with 100 000 records
   * a coordinator opens, each extra await is a measurable share of the work.
   */
  function openOne(
    record: OpenableRecord,
    ourKid: string,
    key: CryptoKey | null | undefined,
  ): OpenedBytes | Promise<OpenedBytes> {
    const id = record.id;
    try {
      if (record.v !== 1) return { id, ok: false, error: 'unsupported record version' };
      if (record.kid !== ourKid) {
        return { id, ok: false, error: 'record was sealed for a different key (kid mismatch)' };
      }
      const iv = typeof record.iv === 'string' ? fromBase64url(record.iv) : record.iv;
      if (iv.length !== IV_BYTES) return { id, ok: false, error: 'malformed iv' };
      const ct = typeof record.ct === 'string' ? fromBase64url(record.ct) : record.ct;
      if (!key) return { id, ok: false, error: 'cannot open session: enc rejected' };
      const aad = utf8Into(aadScratch, recordAad(id, record.kid));
      const algorithm = { name: 'AES-GCM', iv: buf(iv), additionalData: aad };
      return crypto.subtle.decrypt(algorithm, key, buf(ct)).then(
        (padded): OpenedBytes => unpadded(id, new Uint8Array(padded)),
        (): OpenedBytes => ({
          id,
          ok: false,
          error: 'authentication failed (tampered or wrong key)',
        }),
      );
    } catch (e) {
      return malformed(id, e);
    }
  }

  /** Each session's key once per batch (a session that cannot be set up: null). */
  async function keysFor(
    records: readonly OpenableRecord[],
    ourKid: string,
  ): Promise<Map<string, CryptoKey | null>> {
    const out = new Map<string, CryptoKey | null>();
    for (const record of records) {
      if (out.has(record.enc) || record.v !== 1 || record.kid !== ourKid) continue;
      out.set(record.enc, await recordKeyFor(record.enc).catch(() => null));
    }
    return out;
  }

  async function openBytes(records: readonly OpenableRecord[]): Promise<OpenedBytes[]> {
    const ourKid = await kid;
    const keys = await keysFor(records, ourKid);
    // A sliding window: CONCURRENCY lanes each take the next record as theirs finishes, so
    // AES-GCM never waits for the slowest of a batch.
    const results = new Array<OpenedBytes>(records.length);
    let next = 0;
    const lane = async () => {
      for (let i = next++; i < records.length; i = next++) {
        const record = records[i]!;
        results[i] = await openOne(record, ourKid, keys.get(record.enc));
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, records.length) }, lane));
    return results;
  }

  return {
    openBytes,
    async open(records) {
      return (await openBytes(records)).map((result) => (result.ok ? decoded(result) : result));
    },
  };
}

/** An authenticated record's plaintext bytes, without their padding. */
function unpadded(id: string, padded: Uint8Array): OpenedBytes {
  try {
    return { id, ok: true, bytes: unpad(padded) };
  } catch (e) {
    return malformed(id, e);
  }
}

/** The plaintext as text and JSON. */
function decoded({ id, bytes }: Extract<OpenedBytes, { ok: true }>): Opened {
  try {
    const text = fromUtf8(bytes);
    return { id, ok: true, plaintext: JSON.parse(text), text };
  } catch (e) {
    return malformed(id, e);
  }
}

function malformed(id: string, e: unknown): Refused {
  return {
    id,
    ok: false,
    error: `malformed record: ${e instanceof Error ? e.message : String(e)}`,
  };
}

/** Opens a batch in one go; results are in input order. */
export async function openRecords(
  keyPair: PartnershipKeyPair,
  records: readonly OpenableRecord[],
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
