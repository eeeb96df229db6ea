// Writes a records page in the compact form of protocol/records-binary.ts. The records were
// checked with the shared schema when they were stored, so their base64url fields decode to
// exactly the bytes the device sealed and their text fields are ASCII of the right lengths.
import type { StoredRecord } from '../../protocol/api';
import {
  DAY_CHARS,
  ENC_BYTES,
  HEADER_BYTES,
  ID_CHARS,
  IV_BYTES,
  KID_CHARS,
  MAGIC,
  RECORD_FIXED_BYTES,
  SESSION_BYTES,
} from '../../protocol/records-binary';

export function encodeRecordsPage(
  records: readonly StoredRecord[],
  next: string | null,
): Uint8Array<ArrayBuffer> {
  const sessions = new Map<string, number>();
  const sessionOf: number[] = [];
  const cts: Buffer[] = [];
  let size = HEADER_BYTES;
  for (const r of records) {
    const key = `${r.kid}.${r.enc}`;
    let s = sessions.get(key);
    if (s === undefined) {
      s = sessions.size;
      sessions.set(key, s);
      size += SESSION_BYTES;
    }
    sessionOf.push(s);
    const ct = Buffer.from(r.ct, 'base64url');
    cts.push(ct);
    size += RECORD_FIXED_BYTES + ct.length;
  }
  // Its own ArrayBuffer (not a slice of the shared pool): `.buffer` is exactly the page.
  const out = Buffer.allocUnsafeSlow(size);
  out.set(MAGIC, 0);
  out.writeUInt32LE(records.length, 4);
  out.writeUInt32LE(sessions.size, 8);
  out.writeDoubleLE(next === null ? -1 : Number(next), 12);
  let at = HEADER_BYTES;
  for (const key of sessions.keys()) {
    const [kid, enc] = key.split('.') as [string, string];
    exact(out.write(kid, at, 'latin1'), KID_CHARS, 'kid');
    exact(out.write(enc, at + KID_CHARS, 'base64url'), ENC_BYTES, 'enc');
    at += SESSION_BYTES;
  }
  records.forEach((r, i) => {
    const ct = cts[i]!;
    out.writeDoubleLE(r.seq, at);
    out[at + 8] = r.v;
    exact(out.write(r.id, at + 9, 'latin1'), ID_CHARS, 'id');
    exact(out.write(r.receivedDay, at + 9 + ID_CHARS, 'latin1'), DAY_CHARS, 'day');
    out.writeUInt32LE(sessionOf[i]!, at + 9 + ID_CHARS + DAY_CHARS);
    const ivAt = at + RECORD_FIXED_BYTES - 4 - IV_BYTES;
    exact(out.write(r.iv, ivAt, 'base64url'), IV_BYTES, 'iv');
    out.writeUInt32LE(ct.length, at + RECORD_FIXED_BYTES - 4);
    at += RECORD_FIXED_BYTES;
    out.set(ct, at);
    at += ct.length;
  });
  return new Uint8Array(out.buffer as ArrayBuffer, out.byteOffset, out.length);
}

/** A stored record that does not fit the format is a server bug: fail the request loudly. */
function exact(written: number, expected: number, what: string): void {
  if (written !== expected) throw new Error(`records page: stored ${what} has the wrong length`);
}
