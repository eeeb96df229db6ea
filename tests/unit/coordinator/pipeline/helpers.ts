import type { RecordsResponse, StoredRecord } from '../../../../protocol/api';
import { toBase64url } from '../../../../protocol/base64url';
import type { CachedRecord } from '../../../../src/storage/record-cache';
import type { SealedPlaintext } from '../../../../protocol/response';
import { ApiFailure } from '../../../../src/coordinator/api';
import { generatePartnershipKeyPair, openSealingSession } from '../../../../src/crypto';
import type { UnlockedKeys } from '../../../../src/crypto';
import { generateSigningKeyPair } from '../../../../src/crypto/signing';
import type { FetchPage } from '../../../../src/coordinator/review/pipeline/fetch-page';
import { encodeRecordsPage } from '../../../../server/http/records-binary';

/** Real partnership keys in the shape the coordinator holds them once unlocked. */
export async function unlockedKeys(): Promise<UnlockedKeys> {
  const encryption = await generatePartnershipKeyPair();
  const signing = await generateSigningKeyPair();
  return { encryption, signingPrivateKey: signing.privateKey };
}

export function survivorResponse(i: number, extra: Partial<SealedPlaintext> = {}): SealedPlaintext {
  return {
    v: 1,
    kind: 'response',
    formId: 'survivor-feedback',
    formVersion: 1,
    locale: 'en',
    day: `2025-03-${String(1 + (i % 28)).padStart(2, '0')}`,
    mode: 'kiosk',
    answers: { listened: 1 + (i % 5), improve: `answer ${i}` },
    ...extra,
  } as SealedPlaintext;
}

/** Sealed records as a server would store them: several sealing sessions, seq from 1. */
export async function sealedRecords(
  publicKeyRaw: Uint8Array,
  plaintexts: SealedPlaintext[],
  perSession = 7,
): Promise<StoredRecord[]> {
  const out: StoredRecord[] = [];
  let session = await openSealingSession(publicKeyRaw);
  for (const [i, p] of plaintexts.entries()) {
    if (i > 0 && i % perSession === 0) session = await openSealingSession(publicKeyRaw);
    out.push({ ...(await session.seal(p)), seq: i + 1, receivedDay: '2025-03-30' });
  }
  return out;
}

/**
 * A fake GET /records over a list the test controls, with switches to go "offline", to answer
 * as for an ended session, and for what its Hearth-Next header says: the body's cursor (as
 * the real server), nothing, or a wrong one.
 */
export function fakeServer(records: StoredRecord[]) {
  const state = {
    offline: false,
    sessionEnded: false,
    hints: 'right' as 'right' | 'none' | 'wrong',
    calls: [] as { after: number; limit: number }[],
    /** 'asked <after>' and 'body <after>' (when its body was read), in order. */
    log: [] as string[],
  };
  const fetchPage: FetchPage = async (after, limit) => {
    state.calls.push({ after, limit });
    state.log.push(`asked ${after}`);
    if (state.offline) throw new ApiFailure(0, 'network', 'The server cannot be reached.');
    if (state.sessionEnded) {
      throw new ApiFailure(401, 'session_expired', 'Your session has ended. Sign in again.');
    }
    const rest = records.filter((r) => r.seq > after);
    const page = rest.slice(0, limit);
    const response: RecordsResponse = {
      records: page,
      next: rest.length > limit ? String(page.at(-1)!.seq) : null,
    };
    const next = response.next === null ? undefined : Number(response.next);
    const ahead = next === undefined || state.hints === 'none' ? undefined : next;
    return {
      ...(ahead === undefined ? {} : { ahead: state.hints === 'wrong' ? ahead - 1 : ahead }),
      blob: async () => {
        state.log.push(`body ${after}`);
        return new Blob([binaryPage(response)]);
      },
    };
  };
  return { state, fetchPage };
}

/** A records page in the binary form the real server sends (its own encoder). */
export function binaryPage(page: RecordsResponse): ArrayBuffer {
  return encodeRecordsPage(page.records, page.next).buffer;
}

/** A cached record in its JSON wire form (a binary page's iv and ct are bytes). */
export function asStored(record: CachedRecord): StoredRecord {
  const { iv, ct } = record;
  const text = (field: string | Uint8Array) =>
    typeof field === 'string' ? field : toBase64url(field);
  return { ...record, iv: text(iv), ct: text(ct) } as StoredRecord;
}
