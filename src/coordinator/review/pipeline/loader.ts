import { MAX_RECORDS_PAGE } from '../../../../protocol/api';
import { computeKid, type UnlockedKeys } from '../../../crypto';
import { openRecordCache, RECORD_CACHE_DB } from '../../../storage/record-cache';
import { ApiFailure, endOnUnauthenticated } from '../../api';
import type { Dataset, Progress } from '../../analysis/types';
import {
  workerDecryptor,
  type DecryptorFactory,
  type FetchJob,
  type RowsMessage,
} from './decryptor';

// Review data for the screens. What is cached is opened at once while new pages are fetched;
// each new page is fetched, checked and opened by a worker (the least busy of a few, so opening
// uses every core), which says where the page ends so the next one is asked for at once. Pages
// are read from the server from the cache's cursor, so a refresh asks only for what is new.
// Once the numbers are back the workers store the new pages in the cache, in page order, each
// with its cursor in one transaction: stopping anywhere loses nothing and repeats nothing.
// Decrypted rows exist only in the returned Dataset, in memory.

/** Why the server could not be read; what was fetched before it is kept. */
export interface LoadProblem {
  offline: boolean;
  message: string;
  status: number;
}

export interface LoadOptions {
  /** Only the encryption key pair is used (it goes to the worker, and nowhere else). */
  keys: Pick<UnlockedKeys, 'encryption'>;
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
  /** Test seams; the defaults are the real server, the real cache and a Web Worker. */
  cacheName?: string;
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
  problem?: LoadProblem;
  /** The cache held records of another partnership key and was emptied first. */
  cacheCleared: boolean;
  /**
   * Resolves once the fetched ciphertext is in the cache (offline review, and a refresh that
   * asks only for what is new); rejects if the browser would not store it (fetched again next
   * time). The workers, and the key they hold, end when it settles.
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
  const pageSize = Math.min(options.pageSize ?? MAX_RECORDS_PAGE, MAX_RECORDS_PAGE);
  signal?.throwIfAborted();
  const kid = await computeKid(keys.encryption.publicKeyRaw);
  // A load starts from what the last one finished caching, never beside its writes.
  await caching.get(cacheName);
  const cache = openRecordCache(cacheName);
  let cached: Promise<void> | undefined;
  const factory = options.decryptor ?? workerDecryptor;
  const pool = Array.from({ length: options.workers ?? defaultWorkers() }, () => ({
    decryptor: factory(keys.encryption, cacheName),
    queued: 0,
  }));
  const stop = () => pool.forEach((w) => w.decryptor.dispose());
  signal?.addEventListener('abort', stop, { once: true });
  const release = () => {
    signal?.removeEventListener('abort', stop);
    stop();
  };
  try {
    const state = await cache.prepare(kid);
    const base = previous && !state.cleared && previous.lastSeq <= state.cursor ? previous : EMPTY;
    let total = await cache.countAfter(base.lastSeq);
    let done = 0;
    let fetching = true;
    const report = (phase: Progress['phase']) =>
      onProgress?.({ phase, done, total: phase === 'fetching' ? null : total });
    // Each job's rows are kept apart and joined in job order, which is seq order (cached pages
    // first, then fetched pages as they were asked for).
    const results: RowsMessage[][] = [];
    const jobs: Promise<void>[] = [];
    const leastBusy = () => pool.reduce((a, b) => (b.queued < a.queued ? b : a));
    const collect = (worker: (typeof pool)[number]) => {
      const out: RowsMessage[] = [];
      results.push(out);
      const onRows = (rows: RowsMessage) => {
        out.push(rows);
        done += rows.records;
        worker.queued -= rows.records;
        report(fetching ? 'fetching' : 'decrypting');
      };
      return onRows;
    };
    const track = (job: Promise<void>) => {
      job.catch(() => undefined); // awaited below; this only stops an early stop being "unhandled"
      jobs.push(job);
    };
    report('fetching');
    for (const range of await cache.pageRanges(base.lastSeq)) {
      if (range.after >= state.cursor) break;
      const worker = leastBusy();
      worker.queued += range.count;
      const upTo = Math.min(range.upTo, state.cursor);
      track(worker.decryptor.decrypt(range.after, upTo, collect(worker)));
    }
    const fetchedPages: FetchJob[] = [];
    let cursor = state.cursor;
    let fetched = 0;
    let problem: LoadProblem | undefined;
    for (let more = true; more;) {
      const worker = leastBusy();
      const job = worker.decryptor.fetch(cursor, pageSize, collect(worker));
      track(job.opened);
      try {
        const place = await job.place;
        worker.queued += place.count;
        total += place.count;
        fetched += place.count;
        cursor = place.upTo;
        more = place.more;
        fetchedPages.push(job);
      } catch (e) {
        if (signal?.aborted) throw e;
        endOnUnauthenticated(e);
        problem = describe(e);
        results.pop(); // nothing came of it: the page never arrived
        jobs.pop();
        more = false;
      }
    }
    fetching = false;
    report('decrypting');
    await Promise.all(jobs);
    // The numbers first; the ciphertext is cached for offline review straight after. A failed
    // write stops the later ones, so the cursor never passes a page the cache does not hold.
    cached = (async () => {
      for (const page of fetchedPages) await page.cache();
    })().finally(release);
    const dataset: Dataset = {
      responses: [...base.responses],
      deviceEvents: [...base.deviceEvents],
      unreadable: [...base.unreadable],
      lastSeq: Math.max(base.lastSeq, cursor),
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
      fetched,
      ...(problem ? { problem } : {}),
      cacheCleared: state.cleared,
      cached,
    };
  } finally {
    if (!cached) release();
    const settled = (cached ?? Promise.resolve())
      .catch(() => undefined)
      .finally(() => cache.close());
    caching.set(cacheName, settled);
  }
}

function describe(e: unknown): LoadProblem {
  if (e instanceof ApiFailure) {
    return { offline: e.status === 0, status: e.status, message: e.message };
  }
  return { offline: false, status: 0, message: e instanceof Error ? e.message : String(e) };
}
