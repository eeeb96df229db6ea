import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../../protocol/api';
import { fromBase64url, toBase64url } from '../../../protocol/base64url';
import {
  decodeRecordsPage,
  HEADER_BYTES,
  RECORD_FIXED_BYTES,
  SESSION_BYTES,
} from '../../../protocol/records-binary';
import { encodeRecordsPage } from '../../../server/http/records-binary';

const b64 = (length: number) => toBase64url(crypto.getRandomValues(new Uint8Array(length)));

/** Records of `sessions` sealing sessions (kid, enc), in seq order from `firstSeq`. */
function storedRecords(count: number, sessions = 2, firstSeq = 1): StoredRecord[] {
  const kid = b64(16);
  const encs = Array.from({ length: sessions }, () => b64(65));
  return Array.from({ length: count }, (_, i) => ({
    v: 1 as const,
    id: randomUUID(),
    kid,
    enc: encs[i % sessions]!,
    iv: b64(12),
    ct: b64(16 + 256 * (1 + (i % 3))),
    seq: firstSeq + i,
    receivedDay: `2025-06-0${1 + (i % 9)}`,
  }));
}

const encode = (records: StoredRecord[], next: string | null = null) =>
  encodeRecordsPage(records, next).buffer;

/** The page with `edit` applied to a copy of its bytes. */
function edited(buffer: ArrayBuffer, edit: (bytes: Uint8Array, view: DataView) => void) {
  const copy = buffer.slice(0);
  edit(new Uint8Array(copy), new DataView(copy));
  return copy;
}

describe('binary records page', () => {
  it('carries exactly the records of the JSON page: same fields, iv and ct as bytes', () => {
    const records = storedRecords(7, 3, 41);
    const page = decodeRecordsPage(encode(records, '47'));
    expect(page.next).toBe('47');
    expect(
      page.records.map((r) => ({ ...r, iv: toBase64url(r.iv), ct: toBase64url(r.ct) })),
    ).toEqual(records);
    expect(page.records[4]!.ct).toEqual(fromBase64url(records[4]!.ct));
    expect(decodeRecordsPage(encode([], null))).toEqual({ records: [], next: null });
  });

  it('sends each sealing session once, and is much smaller than the JSON', () => {
    const records = storedRecords(200, 4);
    const bytes = encodeRecordsPage(records, null).length;
    const perRecord = (bytes - HEADER_BYTES - 4 * SESSION_BYTES) / records.length;
    const cts = records.reduce((sum, r) => sum + fromBase64url(r.ct).length, 0) / records.length;
    expect(perRecord).toBe(RECORD_FIXED_BYTES + cts);
    const json = new TextEncoder().encode(JSON.stringify({ records, next: null })).length;
    expect(bytes / json).toBeLessThan(0.7);
  });

  it('gives every record of a session the same enc and kid text', () => {
    const page = decodeRecordsPage(encode(storedRecords(6, 2)));
    expect(page.records[0]!.enc).toBe(page.records[2]!.enc);
    expect(page.records[0]!.enc).not.toBe(page.records[1]!.enc);
    expect(new Set(page.records.map((r) => r.kid)).size).toBe(1);
  });

  const good = encode(storedRecords(3, 1), '3');
  const first = HEADER_BYTES + SESSION_BYTES; // where the first record starts
  it.each<[string, (bytes: Uint8Array, view: DataView) => void, RegExp]>([
    ['another magic', (b) => (b[0] = 0x7b), /not a records page/],
    ['a record too many', (_, v) => v.setUint32(4, 4, true), /cut short/],
    ['a record too few', (_, v) => v.setUint32(4, 2, true), /bytes after the last record/],
    ['a session too many', (_, v) => v.setUint32(8, 2, true), /records page: bad/],
    ['a fractional next', (_, v) => v.setFloat64(12, 1.5, true), /bad next/],
    ['a negative next', (_, v) => v.setFloat64(12, -2, true), /bad next/],
    ['seq 0', (_, v) => v.setFloat64(first, 0, true), /bad seq/],
    ['a fractional seq', (_, v) => v.setFloat64(first, 2.5, true), /bad seq/],
    ['a non-ASCII id', (b) => (b[first + 9] = 0xc3), /bad id/],
    ['a day that is not one', (b) => (b[first + 9 + 36] = 0x41), /bad day/],
    ['a session that is not there', (_, v) => v.setUint32(first + 55, 1, true), /bad session/],
    ['a ct shorter than one block', (_, v) => v.setUint32(first + 71, 271, true), /ct length/],
    ['a ct longer than allowed', (_, v) => v.setUint32(first + 71, 70_000, true), /ct length/],
    ['a non-ASCII kid', (b) => (b[HEADER_BYTES] = 0x00), /bad kid/],
  ])('refuses a page with %s', (_, edit, error) => {
    expect(() => decodeRecordsPage(edited(good, edit))).toThrow(error);
  });

  it('refuses a page cut anywhere, and one with bytes after it', () => {
    for (const length of [0, 3, HEADER_BYTES - 1, first - 1, first + 10, good.byteLength - 1]) {
      expect(() => decodeRecordsPage(good.slice(0, length))).toThrow(/records page/);
    }
    const longer = new Uint8Array(good.byteLength + 1);
    longer.set(new Uint8Array(good));
    expect(() => decodeRecordsPage(longer.buffer)).toThrow(/bytes after the last record/);
  });
});
