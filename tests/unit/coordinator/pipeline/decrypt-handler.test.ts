import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDecryptHandler } from '../../../../src/coordinator/review/pipeline/decrypt-handler';
import type { FromWorker } from '../../../../src/coordinator/review/pipeline/messages';
import { readRows } from '../../../../src/coordinator/review/pipeline/rows-wire';
import { computeKid } from '../../../../src/crypto';
import { openRecordCache } from '../../../../src/storage/record-cache';
import { binaryPage, sealedRecords, survivorResponse, unlockedKeys } from './helpers';

describe('decrypt worker handler', () => {
  it('opens a seq range from the cache and posts rows chunk by chunk, then done', async () => {
    const keys = await unlockedKeys();
    const records = await sealedRecords(
      keys.encryption.publicKeyRaw,
      Array.from({ length: 11 }, (_, i) => survivorResponse(i)),
    );
    const cache = openRecordCache('handler-test');
    await cache.prepare(await computeKid(keys.encryption.publicKeyRaw));
    await cache.putPage(records, 11);
    cache.close();

    const posted: FromWorker[] = [];
    const transfers: (Transferable[] | undefined)[] = [];
    const post = (m: FromWorker, transfer?: Transferable[]) => {
      posted.push(m);
      transfers.push(transfer);
    };
    const handle = createDecryptHandler({ post, chunkSize: 4 });
    await handle({ type: 'init', keyPair: keys.encryption, cacheName: 'handler-test' });
    await handle({ type: 'decrypt', job: 7, after: 1, upTo: 10 });
    const rows = posted.filter((m) => m.type === 'rows');
    expect(rows.map((m) => m.records)).toEqual([4, 4, 1]);
    // Each chunk's plaintexts are moved to the page, not copied.
    posted.forEach((m, i) => {
      if (m.type === 'rows') expect(transfers[i]).toEqual([m.rows.plaintexts.buffer]);
    });
    const opened = rows.map((m) => readRows(m.rows));
    expect(opened.flatMap((m) => m.responses.map((r) => r.seq))).toEqual([
      2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    expect(posted.at(-1)).toEqual({ type: 'done', job: 7 });
  });

  it('reports a job it cannot run instead of throwing', async () => {
    const posted: FromWorker[] = [];
    const handle = createDecryptHandler({ post: (m) => posted.push(m) });
    await handle({ type: 'decrypt', job: 1, after: 0, upTo: 5 });
    expect(posted).toEqual([
      { type: 'failed', job: 1, message: 'decrypt worker: not initialised' },
    ]);
  });

  it('checks a page it is given, says where it ends before opening it, and caches it when told', async () => {
    const keys = await unlockedKeys();
    const records = await sealedRecords(
      keys.encryption.publicKeyRaw,
      Array.from({ length: 9 }, (_, i) => survivorResponse(i)),
    );
    const cache = openRecordCache('handler-fetch');
    await cache.prepare(await computeKid(keys.encryption.publicKeyRaw));
    const posted: FromWorker[] = [];
    const handle = createDecryptHandler({ post: (m) => posted.push(m), chunkSize: 4 });
    await handle({ type: 'init', keyPair: keys.encryption, cacheName: 'handler-fetch' });
    const body = new Blob([binaryPage({ records: records.slice(2, 7), next: '7' })]);
    await handle({ type: 'open', job: 3, after: 2, body });
    expect(posted.map((m) => m.type)).toEqual(['page', 'rows', 'rows', 'done']);
    expect(posted[0]).toEqual({ type: 'page', job: 3, count: 5, upTo: 7, more: true });
    const opened = posted.flatMap((m) =>
      m.type === 'rows' ? readRows(m.rows).responses.map((r) => r.seq) : [],
    );
    expect(opened).toEqual([3, 4, 5, 6, 7]);
    expect(await cache.cursor()).toBe(0); // nothing is cached until the loader says so

    await handle({ type: 'cache', job: 4, page: 3 });
    expect(posted.at(-1)).toEqual({ type: 'done', job: 4 });
    expect(await cache.cursor()).toBe(7);
    expect((await cache.readRange(0, 100)).map((r) => r.seq)).toEqual([3, 4, 5, 6, 7]);
    await handle({ type: 'cache', job: 5, page: 3 }); // already stored and let go
    expect(posted.at(-1)).toMatchObject({ type: 'failed', job: 5 });
    cache.close();
  });

  it('opens and caches only the new records of a page that repeats some already seen', async () => {
    const keys = await unlockedKeys();
    const records = await sealedRecords(
      keys.encryption.publicKeyRaw,
      Array.from({ length: 5 }, (_, i) => survivorResponse(i)),
    );
    const cache = openRecordCache('handler-repeat');
    await cache.prepare(await computeKid(keys.encryption.publicKeyRaw));
    const posted: FromWorker[] = [];
    const handle = createDecryptHandler({ post: (m) => posted.push(m) });
    await handle({ type: 'init', keyPair: keys.encryption, cacheName: 'handler-repeat' });
    // Asked for what follows seq 2, the server sent everything from seq 1.
    const body = new Blob([binaryPage({ records, next: null })]);
    await handle({ type: 'open', job: 1, after: 2, body });
    expect(posted.find((m) => m.type === 'page')).toEqual({
      type: 'page',
      job: 1,
      count: 3,
      upTo: 5,
      more: false,
    });
    const opened = posted.flatMap((m) =>
      m.type === 'rows' ? readRows(m.rows).responses.map((r) => r.seq) : [],
    );
    expect(opened).toEqual([3, 4, 5]);
    await handle({ type: 'cache', job: 2, page: 1 });
    expect(posted.at(-1)).toEqual({ type: 'done', job: 2 });
    expect(await cache.cursor()).toBe(5);
    expect((await cache.readRange(0, 100)).map((r) => r.seq)).toEqual([3, 4, 5]);
    cache.close();
  });

  it('refuses a page it does not understand, as a bad answer from the server', async () => {
    const keys = await unlockedKeys();
    const posted: FromWorker[] = [];
    const handle = createDecryptHandler({ post: (m) => posted.push(m) });
    await handle({ type: 'init', keyPair: keys.encryption, cacheName: 'handler-bad' });
    const body = new Blob([binaryPage({ records: [], next: null }).slice(0, 8)]);
    await handle({ type: 'open', job: 1, after: 0, body });
    expect(posted).toEqual([
      expect.objectContaining({ type: 'failed', job: 1, status: 200, code: 'bad_response' }),
    ]);
  });
});
