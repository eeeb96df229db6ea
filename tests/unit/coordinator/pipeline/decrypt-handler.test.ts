import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDecryptHandler } from '../../../../src/coordinator/review/pipeline/decrypt-handler';
import type { FromWorker, OpenedRows } from '../../../../src/coordinator/review/pipeline/messages';
import { computeKid } from '../../../../src/crypto';
import { openRecordCache } from '../../../../src/storage/record-cache';
import { sealedRecords, survivorResponse, unlockedKeys } from './helpers';

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
    const handle = createDecryptHandler({ post: (m) => posted.push(m), chunkSize: 4 });
    await handle({ type: 'init', keyPair: keys.encryption, cacheName: 'handler-test' });
    await handle({ type: 'decrypt', job: 7, after: 1, upTo: 10 });
    const rows = posted.filter((m) => m.type === 'rows');
    expect(rows.map((m) => m.records)).toEqual([4, 4, 1]);
    const opened = rows.map((m) => JSON.parse(m.json) as OpenedRows);
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
});
