import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../../../protocol/api';
import { toBase64url, fromBase64url } from '../../../../protocol/base64url';
import type { Progress } from '../../../../src/coordinator/analysis/types';
import { ApiFailure, onSessionExpired } from '../../../../src/coordinator/api';
import {
  inThreadDecryptor,
  type DecryptorFactory,
} from '../../../../src/coordinator/review/pipeline/decryptor';
import type { FetchPage } from '../../../../src/coordinator/review/pipeline/fetch-page';
import { loadDataset, refreshDataset } from '../../../../src/coordinator/review/pipeline/loader';
import type { UnlockedKeys } from '../../../../src/crypto';
import { openRecordCache } from '../../../../src/storage/record-cache';
import { asStored, fakeServer, sealedRecords, survivorResponse, unlockedKeys } from './helpers';

let keys: UnlockedKeys;
let records: StoredRecord[];
let n = 0;
beforeAll(async () => {
  keys = await unlockedKeys();
  records = await sealedRecords(
    keys.encryption.publicKeyRaw,
    Array.from({ length: 30 }, (_, i) => survivorResponse(i)),
  );
});

function options(fetchPage: ReturnType<typeof fakeServer>['fetchPage'], cacheName: string) {
  return { keys, cacheName, fetchPage, decryptor: inThreadDecryptor(), pageSize: 8 };
}

describe('loadDataset', () => {
  it('fetches every page, caches the ciphertext and opens every record in seq order', async () => {
    const server = fakeServer(records);
    const progress: Progress[] = [];
    const cacheName = `loader-${++n}`;
    const result = await loadDataset({
      ...options(server.fetchPage, cacheName),
      onProgress: (p) => progress.push(p),
    });
    expect(result.problem).toBeUndefined();
    expect(result.fetched).toBe(30);
    expect(result.dataset.lastSeq).toBe(30);
    expect(result.dataset.responses.map((r) => r.seq)).toEqual(records.map((r) => r.seq));
    expect(result.dataset.responses[3]).toMatchObject({
      id: records[3]!.id,
      formId: 'survivor-feedback',
      receivedDay: '2025-03-30',
      answers: { listened: 4, improve: 'answer 3' },
    });
    expect(server.state.calls.map((c) => c.after)).toEqual([0, 8, 16, 24]);
    expect(progress.at(-1)).toEqual({ phase: 'done', done: 30, total: 30 });
    expect(progress.some((p) => p.phase === 'fetching' && p.total === null)).toBe(true);
    await result.cached; // the ciphertext is stored once the rows are back
    const cache = openRecordCache(cacheName);
    const cached = await cache.readRange(0, 100);
    cache.close();
    expect(cached.map(asStored)).toEqual(records);
    expect(JSON.stringify(cached)).not.toContain('answer 3');
  });

  it('asks for the next page on the headers, before the body, when the server says where it ends', async () => {
    const server = fakeServer(records);
    server.state.hints = 'none';
    const plain = await loadDataset(options(server.fetchPage, `loader-${++n}`));
    const hinted = fakeServer(records);
    const result = await loadDataset(options(hinted.fetchPage, `loader-${++n}`));
    expect(hinted.state.calls).toEqual(server.state.calls);
    expect(result.dataset).toEqual(plain.dataset);
    expect(server.state.log.slice(0, 3)).toEqual(['asked 0', 'body 0', 'asked 8']);
    expect(hinted.state.log.slice(0, 3)).toEqual(['asked 0', 'asked 8', 'body 0']);
  });

  it('a wrong Hearth-Next header costs a page fetched again, never a record lost or repeated', async () => {
    const server = fakeServer(records);
    server.state.hints = 'wrong';
    const progress: Progress[] = [];
    const cacheName = `loader-${++n}`;
    const result = await loadDataset({
      ...options(server.fetchPage, cacheName),
      onProgress: (p) => progress.push(p),
    });
    // Pages asked for after the wrong cursors are dropped; each is asked for again after the
    // cursor its body gave (0, 8, 16, 24, in order).
    const asked = server.state.calls.map((c) => c.after);
    expect(asked).toEqual(expect.arrayContaining([7, 8, 15, 16, 23, 24]));
    expect(asked.filter((after) => after % 8 === 0)).toEqual([0, 8, 16, 24]);
    expect(result.dataset.responses.map((r) => r.seq)).toEqual(records.map((r) => r.seq));
    expect(result.fetched).toBe(30);
    expect(progress.at(-1)).toEqual({ phase: 'done', done: 30, total: 30 });
    await result.cached;
    const cache = openRecordCache(cacheName);
    expect((await cache.readRange(0, 100)).map((r) => r.seq)).toEqual(records.map((r) => r.seq));
    cache.close();
  });

  it('spreads pages over several workers and still returns rows in seq order', async () => {
    const cacheName = `loader-${++n}`;
    await loadDataset(options(fakeServer(records.slice(0, 17)).fetchPage, cacheName));
    const result = await loadDataset({
      ...options(fakeServer(records).fetchPage, cacheName),
      workers: 3,
    });
    expect(result.dataset.responses.map((r) => r.seq)).toEqual(records.map((r) => r.seq));
  });

  it('refreshes incrementally: only new seqs are fetched and opened', async () => {
    const server = fakeServer(records.slice(0, 20));
    const cacheName = `loader-${++n}`;
    const first = await loadDataset(options(server.fetchPage, cacheName));
    expect(first.dataset.responses).toHaveLength(20);
    const later = fakeServer(records);
    const opened: number[] = [];
    const result = await refreshDataset(first.dataset, {
      ...options(later.fetchPage, cacheName),
      onProgress: (p) => opened.push(p.done),
    });
    expect(later.state.calls[0]?.after).toBe(20);
    expect(result.fetched).toBe(10);
    expect(Math.max(...opened)).toBe(10);
    expect(result.dataset.responses.map((r) => r.seq)).toEqual(records.map((r) => r.seq));
    expect(first.dataset.responses).toHaveLength(20); // the old dataset is left as it was
  });

  it('after a reload, opens the cache and asks the server only for what is new', async () => {
    const cacheName = `loader-${++n}`;
    await loadDataset(options(fakeServer(records.slice(0, 12)).fetchPage, cacheName));
    const server = fakeServer(records);
    const result = await loadDataset(options(server.fetchPage, cacheName));
    expect(server.state.calls[0]?.after).toBe(12);
    expect(result.fetched).toBe(18);
    expect(result.dataset.responses).toHaveLength(30);
  });

  it('offline: reviews what is cached and says the server could not be reached', async () => {
    const cacheName = `loader-${++n}`;
    await loadDataset(options(fakeServer(records.slice(0, 10)).fetchPage, cacheName));
    const server = fakeServer(records);
    server.state.offline = true;
    const result = await loadDataset(options(server.fetchPage, cacheName));
    expect(result.problem).toMatchObject({ offline: true, status: 0 });
    expect(result.dataset.responses).toHaveLength(10);
    expect(result.dataset.lastSeq).toBe(10);
  });

  it('a session that ended while fetching: says so to the workspace and keeps what was cached', async () => {
    const cacheName = `loader-${++n}`;
    await loadDataset(options(fakeServer(records.slice(0, 10)).fetchPage, cacheName));
    const server = fakeServer(records);
    server.state.sessionEnded = true;
    let ended = 0;
    const unsubscribe = onSessionExpired(() => (ended += 1));
    try {
      const result = await loadDataset(options(server.fetchPage, cacheName));
      expect(ended).toBe(1);
      expect(result.problem).toEqual({
        offline: false,
        status: 401,
        message: 'Your session has ended. Sign in again.',
      });
      expect(result.dataset.responses).toHaveLength(10);
    } finally {
      unsubscribe();
    }
  });

  it('caches what it fetched in page order, then ends its workers', async () => {
    const cacheName = `loader-${++n}`;
    let disposed = 0;
    const inThread = inThreadDecryptor();
    const counting: DecryptorFactory = (keyPair, name) => {
      const d = inThread(keyPair, name);
      return { ...d, dispose: () => ((disposed += 1), d.dispose()) };
    };
    const result = await loadDataset({
      ...options(fakeServer(records).fetchPage, cacheName),
      decryptor: counting,
      workers: 2,
    });
    expect(result.fetched).toBe(30);
    await result.cached;
    expect(disposed).toBe(2);
    const cache = openRecordCache(cacheName);
    expect(await cache.cursor()).toBe(30);
    expect((await cache.readRange(0, 100)).map((r) => r.seq)).toEqual(records.map((r) => r.seq));
    cache.close();
  });

  it('empties the cache when the partnership key is another one', async () => {
    const cacheName = `loader-${++n}`;
    await loadDataset(options(fakeServer(records).fetchPage, cacheName));
    const other = await unlockedKeys();
    const result = await loadDataset({
      ...options(fakeServer([]).fetchPage, cacheName),
      keys: other,
    });
    expect(result.cacheCleared).toBe(true);
    expect(result.dataset.responses).toHaveLength(0);
  });

  it('counts records it cannot open or that are not valid responses, with a reason', async () => {
    const bad = structuredClone(records.slice(0, 4));
    const ct = fromBase64url(bad[0]!.ct);
    ct[5] = ct[5]! ^ 1;
    bad[0]!.ct = toBase64url(ct); // tampered
    bad[1]!.kid = 'AAAAAAAAAAAAAAAAAAAAAA'; // sealed for another key
    const [invalid] = await sealedRecords(keys.encryption.publicKeyRaw, [
      { v: 1, kind: 'response', formId: 'x' } as never,
    ]);
    bad[2] = { ...invalid!, seq: 3 };
    const result = await loadDataset(options(fakeServer(bad).fetchPage, `loader-${++n}`));
    expect(result.dataset.responses.map((r) => r.seq)).toEqual([4]);
    expect(result.dataset.unreadable.map((u) => [u.seq, u.reason])).toEqual([
      [1, 'authentication failed (tampered or wrong key)'],
      [2, 'record was sealed for a different key (kid mismatch)'],
      [3, expect.stringMatching(/^not a valid response/)],
    ]);
  });

  it('keeps device-created events apart from responses', async () => {
    const event = {
      id: 'ev-1',
      name: 'Stall',
      day: '2025-03-02',
      area: 'North',
      type: 'other',
      organisations: [],
    };
    const sealed = await sealedRecords(keys.encryption.publicKeyRaw, [
      { v: 1, kind: 'event', day: '2025-03-02', event },
      survivorResponse(1, { eventId: 'ev-1' }),
    ]);
    const result = await loadDataset(options(fakeServer(sealed).fetchPage, `loader-${++n}`));
    expect(result.dataset.deviceEvents).toEqual([
      { id: sealed[0]!.id, seq: 1, day: '2025-03-02', event },
    ]);
    expect(result.dataset.responses[0]?.eventId).toBe('ev-1');
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      loadDataset({
        ...options(fakeServer(records).fetchPage, `loader-${++n}`),
        signal: controller.signal,
      }),
    ).rejects.toThrow();
  });

  it('a load stopped mid-way ends the page fetch still going', async () => {
    const controller = new AbortController();
    const server = fakeServer(records);
    let second: AbortSignal | undefined;
    const fetchPage: FetchPage = (after, limit, signal) => {
      if (after === 0) return server.fetchPage(after, limit, signal);
      second = signal;
      setTimeout(() => controller.abort(), 0);
      // A server that never answers: only the abort ends this request.
      return new Promise((_, reject) =>
        signal?.addEventListener('abort', () => reject(new ApiFailure(0, 'network', 'stopped'))),
      );
    };
    await expect(
      loadDataset({ ...options(fetchPage, `loader-${++n}`), signal: controller.signal }),
    ).rejects.toThrow();
    expect(second?.aborted).toBe(true);
  });
});
