import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../../../protocol/api';
import { toBase64url } from '../../../../protocol/base64url';
import { decodeRecordsPage } from '../../../../protocol/records-binary';
import { encodeRecordsPage } from '../../../../server/http/records-binary';
import { openRecordCache, type RecordCache } from '../../../../src/storage/record-cache';
import { asStored } from './helpers';

let n = 0;
const caches: RecordCache[] = [];
function freshCache(): RecordCache {
  const cache = openRecordCache(`record-cache-test-${++n}`);
  caches.push(cache);
  return cache;
}
afterEach(() => caches.splice(0).forEach((c) => c.close()));

function record(seq: number, kid = 'AAAAAAAAAAAAAAAAAAAAAA'): StoredRecord {
  return {
    v: 1,
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    kid,
    enc: 'e'.repeat(87),
    iv: 'i'.repeat(16),
    ct: 'c'.repeat(363),
    seq,
    receivedDay: '2025-03-30',
  };
}
const b64 = (length: number) => toBase64url(crypto.getRandomValues(new Uint8Array(length)));
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => record(from + i));

describe('record cache', () => {
  it('starts empty, stores pages with their cursor, and counts', async () => {
    const cache = freshCache();
    expect(await cache.prepare('kid-a')).toEqual({ cursor: 0, count: 0, cleared: false });
    await cache.putPage(range(1, 5), 5);
    await cache.putPage(range(6, 8), 8);
    expect(await cache.cursor()).toBe(8);
    expect(await cache.count()).toBe(8);
    expect(await cache.countAfter(5)).toBe(3);
    expect(await cache.prepare('kid-a')).toEqual({ cursor: 8, count: 8, cleared: false });
  });

  it('reads after a seq, up to a seq, in chunks, in seq order', async () => {
    const cache = freshCache();
    await cache.prepare('kid-a');
    await cache.putPage([...range(11, 20), ...range(1, 10)], 20);
    expect((await cache.readRange(0, 5)).map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect((await cache.readRange(8, 100, 12)).map((r) => r.seq)).toEqual([9, 10, 11, 12]);
    const chunks: number[][] = [];
    await cache.forEachChunk(3, 4, (c) => void chunks.push(c.map((r) => r.seq)), 14);
    expect(chunks).toEqual([
      [4, 5, 6, 7],
      [8, 9, 10, 11],
      [12, 13, 14],
    ]);
  });

  it('keeps exactly what the server sent (ciphertext), and a repeated page changes nothing', async () => {
    const cache = freshCache();
    await cache.prepare('kid-a');
    await cache.putPage(range(1, 3), 3);
    await cache.putPage(range(1, 3), 3);
    expect(await cache.readRange(0, 10)).toEqual(range(1, 3));
  });

  it('keeps a binary page as the bytes it came in; what was cached before is not repeated', async () => {
    const cache = freshCache();
    await cache.prepare('kid-a');
    await cache.putPage(range(1, 2), 2); // JSON, as a cache written before binary pages
    const wire = range(1, 5).map((r) => ({ ...r, enc: b64(65), iv: b64(12), ct: b64(272) }));
    const body = encodeRecordsPage(wire, null).buffer;
    await cache.putPage(decodeRecordsPage(body).records, 5, body);
    const read = await cache.readRange(0, 10);
    expect(read.map((r) => typeof r.iv)).toEqual([
      'string',
      'string',
      'object',
      'object',
      'object',
    ]);
    expect(read.map(asStored)).toEqual([...range(1, 2), ...wire.slice(2)]);
    expect(await cache.countAfter(3)).toBe(2);
    expect(await cache.pageRanges(0)).toEqual([
      { after: 0, upTo: 2, count: 2 },
      { after: 2, upTo: 5, count: 3 },
    ]);
  });

  it('keeps a page as the text it came in, and lists stored pages as seq ranges', async () => {
    const cache = freshCache();
    await cache.prepare('kid-a');
    const page = range(1, 4);
    await cache.putPage(page, 4, JSON.stringify({ records: page, next: '4' }));
    await cache.putPage(range(5, 6), 6);
    expect(await cache.readRange(0, 10)).toEqual(range(1, 6));
    expect(await cache.pageRanges(0)).toEqual([
      { after: 0, upTo: 4, count: 4 },
      { after: 4, upTo: 6, count: 2 },
    ]);
    expect(await cache.countAfter(2)).toBe(4);
  });

  it('never moves the cursor backwards', async () => {
    const cache = freshCache();
    await cache.prepare('kid-a');
    await cache.putPage(range(1, 9), 9);
    await cache.putPage([], 4);
    expect(await cache.cursor()).toBe(9);
  });

  it('empties itself when the partnership key changes', async () => {
    const cache = freshCache();
    await cache.prepare('kid-a');
    await cache.putPage(range(1, 4), 4);
    expect(await cache.prepare('kid-b')).toEqual({ cursor: 0, count: 0, cleared: true });
    expect(await cache.readRange(0, 10)).toEqual([]);
    expect(await cache.prepare('kid-b')).toEqual({ cursor: 0, count: 0, cleared: false });
  });

  it('refuses a page before prepare, and clear() forgets records and key', async () => {
    const cache = freshCache();
    await expect(cache.putPage(range(1, 1), 1)).rejects.toThrow(/prepare/);
    await cache.prepare('kid-a');
    await cache.putPage(range(1, 2), 2);
    await cache.clear();
    expect(await cache.count()).toBe(0);
    expect(await cache.cursor()).toBe(0);
  });

  it('persists across connections (offline review after a reload)', async () => {
    const name = `record-cache-test-${++n}`;
    const first = openRecordCache(name);
    await first.prepare('kid-a');
    await first.putPage(range(1, 3), 3);
    first.close();
    const second = openRecordCache(name);
    caches.push(second);
    expect(await second.prepare('kid-a')).toEqual({ cursor: 3, count: 3, cleared: false });
  });
});
