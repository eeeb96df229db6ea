import { createRecordOpener, type RecordOpener } from '../../../crypto';
import { ApiFailure } from '../../../device/api';
import {
  openRecordCache,
  type CachedRecord,
  type RecordCache,
} from '../../../storage/record-cache';
import { parsePage } from './fetch-page';
import type { FromWorker, ToWorker } from './messages';
import { rowsWriter, type RowsWire } from './rows-wire';

// The decrypt worker's logic, apart from the worker global so it can be tested in Node: take
// ciphertext from a page the loader fetched or from the cache in chunks, open each record (one
// ECDH per sealing session, then AES-GCM) and post the plaintexts back a chunk at a time, for
// the page to parse and check with the shared schema (rows-wire.ts). A record that cannot be
// opened is counted with the reason. Pages it was given it stores in the cache when the loader
// says (in page order).

/** Records opened per step; rows are posted after each step (smooth progress). */
export const DECRYPT_CHUNK = 2000;

/** Posts a message; `transfer` lists buffers it may move instead of copying. */
export type Post = (message: FromWorker, transfer?: Transferable[]) => void;

/** Opens one chunk of stored records into rows for the page (rows-wire.ts). */
export async function openChunk(opener: RecordOpener, records: CachedRecord[]): Promise<RowsWire> {
  const opened = await opener.openBytes(records);
  const rows = rowsWriter();
  opened.forEach((result, i) => {
    const record = records[i]!;
    if (result.ok) rows.opened(record, result.bytes);
    else rows.unreadable({ id: record.id, seq: record.seq, reason: result.error });
  });
  return rows.toWire();
}

export interface DecryptHandlerOptions {
  post: Post;
  /** Defaults to the real cache (IndexedDB) under the name given at init. */
  openCache?: (name: string) => RecordCache;
  chunkSize?: number;
}

/**
 * A page given to a job, kept for the record cache until the loader says to store it: as
 * the body it came in (decoded again when stored, after the numbers are drawn), so its 5 000
 * decoded records die young instead of being carried through every garbage collection.
 */
interface HeldPage {
  after: number;
  upTo: number;
  body: ArrayBuffer;
}

/**
 * A message handler. Opening and caching run strictly one after another; a page's body is
 * checked as soon as it arrives, so the loader learns where it ends while this worker is
 * still opening the last one.
 */
export function createDecryptHandler(
  options: DecryptHandlerOptions,
): (message: ToWorker) => Promise<void> {
  const { post, openCache = openRecordCache, chunkSize = DECRYPT_CHUNK } = options;
  let opener: RecordOpener | undefined;
  let cache: RecordCache | undefined;
  let queue: Promise<void> = Promise.resolve();
  const held = new Map<number, HeldPage>();

  async function openAll(job: number, records: CachedRecord[]): Promise<void> {
    if (!opener) throw new Error('decrypt worker: not initialised');
    for (let i = 0; i < records.length; i += chunkSize) {
      const chunk = records.slice(i, i + chunkSize);
      const rows = await openChunk(opener, chunk);
      post({ type: 'rows', job, rows, records: chunk.length }, [rows.plaintexts.buffer]);
      // A task boundary between chunks: Chromium runs WebCrypto's replies ahead of messages,
      // so without it the next page from the loader waited until this whole page was opened
      // before its place was checked and posted.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  /** Runs `work` after everything queued before it; its end is posted as done or failed. */
  function enqueue(job: number, work: () => Promise<void>): Promise<void> {
    const step = async () => {
      try {
        await work();
        post({ type: 'done', job });
      } catch (e) {
        post(failure(job, e));
      }
    };
    queue = queue.then(step, step);
    return queue;
  }

  async function checkAndOpen(message: Extract<ToWorker, { type: 'open' }>): Promise<void> {
    const { job, after } = message;
    let body: ArrayBuffer;
    let records: CachedRecord[];
    let more: boolean;
    try {
      body = await message.body.arrayBuffer();
      const page = parsePage(body);
      records = page.records.filter((r) => r.seq > after);
      more = page.next !== null && records.length > 0;
    } catch (e) {
      post(failure(job, e));
      return;
    }
    const upTo = records.reduce((max, r) => Math.max(max, r.seq), after);
    held.set(job, { after, upTo, body });
    post({ type: 'page', job, count: records.length, upTo, more });
    await enqueue(job, () => openAll(job, records));
  }

  async function store(page: number): Promise<void> {
    const kept = held.get(page);
    if (!cache || !kept) throw new Error('decrypt worker: no such page to cache');
    const records = parsePage(kept.body).records.filter((r) => r.seq > kept.after);
    await cache.putPage(records, kept.upTo, kept.body);
    held.delete(page);
  }

  function handle(message: ToWorker): Promise<void> {
    switch (message.type) {
      case 'init': {
        const step = async () => {
          opener = createRecordOpener(message.keyPair);
          cache?.close();
          cache = openCache(message.cacheName);
        };
        queue = queue.then(step, step);
        return queue;
      }
      case 'open':
        return checkAndOpen(message);
      case 'cache':
        return enqueue(message.job, () => store(message.page));
      case 'decrypt':
        // The cache reads its next page while this chunk is opened: IndexedDB and AES-GCM overlap.
        return enqueue(message.job, async () => {
          if (!cache) throw new Error('decrypt worker: not initialised');
          await cache.forEachChunk(
            message.after,
            chunkSize,
            (records) => openAll(message.job, records),
            message.upTo,
          );
        });
    }
  }
  return handle;
}

/** A job's failure as posted: with the server's status and code when it was its answer. */
function failure(job: number, e: unknown): FromWorker {
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof ApiFailure)
    return { type: 'failed', job, message, status: e.status, code: e.code };
  return { type: 'failed', job, message };
}
