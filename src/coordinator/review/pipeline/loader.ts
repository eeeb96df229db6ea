import { computeKid, type UnlockedKeys } from '../../../crypto';
import { openRecordCache, RECORD_CACHE_DB } from '../../../storage/record-cache';
import type { Dataset, Progress } from '../../analysis/types';
import {
  workerDecryptor,
  type Decryptor,
  type DecryptorFactory,
  type RowsMessage,
} from './decryptor';
import { fetchNewRecords, type FetchOutcome, type FetchPage } from './fetch-records';

// Review data for the screens: what is cached is opened at once while new pages are fetched,
// and each fetched page goes to a worker as it arrives while it is being cached, so fetching,
// IndexedDB and AES-GCM overlap; a page at a time, spread over a few workers, so opening uses
// every core. Decrypted rows exist only in the returned Dataset, in memory.

export interface LoadOptions {
  /** Only the encryption key pair is used (it goes to the worker, and nowhere else). */
  keys: Pick<UnlockedKeys, 'encryption'>;
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
  /** Test seams; the defaults are the real server, the real cache and a Web Worker. */
  cacheName?: string;
  fetchPage?: FetchPage;
  decryptor?: DecryptorFactory;
  pageSize?: number;
  /** Decrypt workers to run side by side (default: one per core, at most 4). */
  workers?: number;
}

export interface LoadResult {
  dataset: Dataset;
  /** Records newly fetched from the server. */
  fetched: number;
  /** Set when the server could not be read (offline, say): the dataset is what was cached. */
  problem?: NonNullable<FetchOutcome['problem']>;
  /** The cache held records of another partnership key and was emptied first. */
  cacheCleared: boolean;
  /**
   * Resolves once the fetched ciphertext is in the cache (offline review, and a refresh that
   * asks only for what is new); rejects if the browser would not store it (fetched again next
   * time).
   */
  cached: Promise<void>;
}

/** Cache writes still going after a load returned, per cache database. */
const caching = new Map<string, Promise<void>>();

const EMPTY: Dataset = { responses: [], deviceEvents: [], unreadable: [], lastSeq: 0 };

/** Everything: opens the whole cache, then what the server has that the cache lacks. */
export function loadDataset(options: LoadOptions): Promise<LoadResult> {
  return load(undefined, options);
}

/** Only what is new since `previous` (fetched and opened), appended to a copy of it. */
export function refreshDataset(previous: Dataset, options: LoadOptions): Promise<LoadResult> {
  return load(previous, options);
}

/** Decrypt workers: one per core up to 4 (main thread included: it is mostly waiting). */
function defaultWorkers(): number {
  const cores = typeof navigator === 'undefined' ? 1 : (navigator.hardwareConcurrency ?? 1);
  return Math.min(4, Math.max(1, cores));
}

async function load(previous: Dataset | undefined, options: LoadOptions): Promise<LoadResult> {
  const { keys, signal, onProgress } = options;
  const cacheName = options.cacheName ?? RECORD_CACHE_DB;
  signal?.throwIfAborted();
  const kid = await computeKid(keys.encryption.publicKeyRaw);
  // A load starts from what the last one finished caching, never beside its writes.
  await caching.get(cacheName);
  const cache = openRecordCache(cacheName);
  let cached: Promise<void> = Promise.resolve();
  const factory = options.decryptor ?? workerDecryptor;
  const pool = Array.from({ length: options.workers ?? defaultWorkers() }, () => ({
    decryptor: factory(keys.encryption, cacheName),
    queued: 0,
  }));
  const stop = () => pool.forEach((w) => w.decryptor.dispose());
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const state = await cache.prepare(kid);
    const base = previous && !state.cleared && previous.lastSeq <= state.cursor ? previous : EMPTY;
    let total = await cache.countAfter(base.lastSeq);
    let done = 0;
    let fetching = true;
    const report = (phase: Progress['phase']) =>
      onProgress?.({ phase, done, total: phase === 'fetching' ? null : total });
    // Jobs go to the least busy worker; their rows are kept per job and joined in job order,
    // which is seq order (cached pages first, then fetched pages as they came).
    const results: RowsMessage[][] = [];
    const jobs: Promise<void>[] = [];
    const dispatch = (
      size: number,
      run: (d: Decryptor, onRows: (r: RowsMessage) => void) => Promise<void>,
    ) => {
      const worker = pool.reduce((a, b) => (b.queued < a.queued ? b : a));
      const out: RowsMessage[] = [];
      results.push(out);
      worker.queued += size;
      const job = run(worker.decryptor, (rows) => {
        out.push(rows);
        done += rows.records;
        worker.queued -= rows.records;
        report(fetching ? 'fetching' : 'decrypting');
      });
      job.catch(() => undefined); // awaited below; this only stops an early stop being "unhandled"
      jobs.push(job);
    };
    report('fetching');
    for (const range of await cache.pageRanges(base.lastSeq)) {
      if (range.after >= state.cursor) break;
      const upTo = Math.min(range.upTo, state.cursor);
      dispatch(range.count, (d, onRows) => d.decrypt(range.after, upTo, onRows));
    }
    const outcome = await fetchNewRecords({
      cache,
      after: state.cursor,
      ...(signal ? { signal } : {}),
      ...(options.fetchPage ? { fetchPage: options.fetchPage } : {}),
      ...(options.pageSize ? { pageSize: options.pageSize } : {}),
      onPage(records, text) {
        total += records.length;
        const first = records[0]!.seq;
        const last = records[records.length - 1]!.seq;
        const page = text === undefined ? records : { text, first, last };
        dispatch(records.length, (d, onRows) => d.open(page, onRows));
      },
    });
    fetching = false;
    report('decrypting');
    await Promise.all(jobs);
    // The numbers first; the ciphertext is cached for offline review straight after.
    cached = outcome.writeCache();
    const dataset: Dataset = {
      responses: [...base.responses],
      deviceEvents: [...base.deviceEvents],
      unreadable: [...base.unreadable],
      lastSeq: Math.max(base.lastSeq, outcome.cursor),
    };
    for (const job of results) {
      for (const rows of job) {
        for (const r of rows.responses) dataset.responses.push(r);
        for (const r of rows.deviceEvents) dataset.deviceEvents.push(r);
        for (const r of rows.unreadable) dataset.unreadable.push(r);
      }
    }
    report('done');
    return {
      dataset,
      fetched: outcome.fetched,
      ...(outcome.problem ? { problem: outcome.problem } : {}),
      cacheCleared: state.cleared,
      cached,
    };
  } finally {
    signal?.removeEventListener('abort', stop);
    stop();
    const settled = cached.catch(() => undefined).finally(() => cache.close());
    caching.set(cacheName, settled);
  }
}
